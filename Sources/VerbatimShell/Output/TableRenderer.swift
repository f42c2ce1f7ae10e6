import Foundation

/// Renders tables in every output format.
public struct TableRenderer: Sendable {
    /// Whether to colour the header of aligned tables.
    public var useColor: Bool
    /// Cells wider than this are cut with an ellipsis in aligned tables (other formats keep all).
    public var maximumCellWidth: Int

    public init(useColor: Bool = false, maximumCellWidth: Int = 72) {
        self.useColor = useColor
        self.maximumCellWidth = maximumCellWidth
    }

    /// The table as text, ending with a newline.
    public func render(_ table: Table, as format: OutputFormat) -> String {
        switch format {
        case .table: aligned(table.droppingDetailColumns())
        case .json:
            table.rows.isEmpty ? "[]\n"
                : "[\n" + table.rows.map { "  " + JSONText.object(columns: table.columns, row: $0) }
                    .joined(separator: ",\n") + "\n]\n"
        case .jsonl: table.rows.map { JSONText.object(columns: table.columns, row: $0) + "\n" }.joined()
        case .csv: ([table.columns.map(csvField)] + table.rows.map { $0.map { csvField($0.plainText) } })
            .map { $0.joined(separator: ",") + "\r\n" }.joined()
        case .tsv: ([table.columns] + table.rows.map { $0.map(\.plainText) })
            .map { $0.map(tsvField).joined(separator: "\t") + "\n" }.joined()
        }
    }

    private func aligned(_ table: Table) -> String {
        // Cells are made twice (for the widths, then row by row) rather than all kept at once.
        let cell = { (value: Value) in cut(oneLine(value.plainText)) }
        var widths = table.columns.map(\.count)
        for row in table.rows {
            for (column, value) in row.enumerated() { widths[column] = max(widths[column], cell(value).count) }
        }
        func line(_ values: [String], bold: Bool = false) -> String {
            // Rows whose last cells are empty end without padding, so a row costs what it shows.
            let end = bold ? values.count : values.lastIndex { !$0.isEmpty }.map { $0 + 1 } ?? 0
            var text = ""
            for column in 0..<end {
                let value = values[column]
                let isLast = column == end - 1
                let padded = isLast ? value : value + String(repeating: " ", count: widths[column] - value.count)
                text += bold && useColor ? "\u{1B}[1m" + padded + "\u{1B}[0m" : padded
                if !isLast { text += "  " }
            }
            while text.unicodeScalars.last == " " { text.unicodeScalars.removeLast() }
            return text + "\n"
        }
        var output = line(table.columns, bold: true)
        output += line(widths.map { String(repeating: "-", count: $0) })
        for row in table.rows { output += line(row.map(cell)) }
        if table.rows.isEmpty { output += "(none)\n" }
        return output
    }

    /// The text on one line: line breaks and tabs become spaces.
    private func oneLine(_ text: String) -> String {
        guard text.contains(where: { $0.isNewline || $0 == "\t" }) else { return text }
        return text.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
    }

    private func cut(_ text: String) -> String {
        text.count <= maximumCellWidth ? text : String(text.prefix(maximumCellWidth - 1)) + "…"
    }

    private func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private func tsvField(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            default: result.append(character)
            }
        }
        return result
    }
}
