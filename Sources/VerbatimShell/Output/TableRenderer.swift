import Foundation

/// Renders tables in every output format.
public struct TableRenderer: Sendable {
    /// Whether to colour the header of aligned tables, and what `show` and `diff` mark.
    public var useColor: Bool
    /// Whether aligned tables, CSV and TSV start with the columns' names (`option headers`).
    public var showsHeaders = true

    public init(useColor: Bool = false) {
        self.useColor = useColor
    }

    /// The table as text, ending with a newline; an aligned table without colour (the shell
    /// writes aligned tables through `aligned`, which marks the header to colour). In CSV and
    /// TSV, a text cell that starts like a spreadsheet formula (`=`, `+`, `-`, `@`, tab,
    /// carriage return) gets a `'` before it, as OWASP recommends, unless
    /// `neutralisingFormulas` is false; numbers are written exactly (`Value.exactText`), and
    /// only the aligned table rounds them. JSON and JSON Lines
    /// leave out the sparse cells a row does not have; the other formats show every sparse
    /// column (bound them first with `Table.keepingMostUsedSparseColumns`).
    public func render(_ table: Table, as format: OutputFormat, neutralisingFormulas: Bool = true) -> String {
        let cell = { (value: Value) in neutralisingFormulas ? Self.spreadsheetSafe(value) : value.exactText }
        let objects = { table.rows.indices.lazy.map { JSONText.object(table.namedCells(ofRow: $0)) } }
        let rectangular = format == .csv || format == .tsv ? table.rectangular() : table
        return switch format {
        case .table: aligned(table, width: nil).plainText
        case .json: table.rows.isEmpty ? "[]\n" : "[\n" + objects().map { "  " + $0 }.joined(separator: ",\n") + "\n]\n"
        case .jsonl: objects().map { $0 + "\n" }.joined()
        case .csv: ((showsHeaders ? [rectangular.columns.map(csvField)] : []) + rectangular.rows.map { $0.map { csvField(cell($0)) } })
            .map { $0.joined(separator: ",") + "\r\n" }.joined()
        case .tsv: ((showsHeaders ? [rectangular.columns] : []) + rectangular.rows.map { $0.map(cell) })
            .map { $0.map(tsvField).joined(separator: "\t") + "\n" }.joined()
        }
    }

    /// The table in aligned columns without its detail columns, one line per row (line breaks
    /// and tabs in cells and names are shown, as `TerminalSafeText.showingLineBreaks` does),
    /// with the header bold; columns are measured in display columns (`DisplayWidth`). Given a
    /// `width` (a terminal's), the widest columns are cut with "…" until the lines fit it, down
    /// to `narrowestFittedColumn` or their name; without one, every cell is whole. For a
    /// terminal (`escapingControls`), cells and names are also made safe with `TerminalSafeText`
    /// before the columns are measured, so they stay aligned.
    func aligned(_ table: Table, escapingControls: Bool = false, width: Int?) -> StyledText {
        var table = table.rectangular().droppingDetailColumns()
        func shown(_ text: String) -> String {
            let oneLine = TerminalSafeText.showingLineBreaks(text)
            return escapingControls ? TerminalSafeText.escaping(oneLine) : oneLine
        }
        var columns = table.columns.map(shown)
        var names = showsHeaders ? columns.map(DisplayWidth.of) : columns.map { _ in 0 }
        var widths = names
        // Cells are made twice (for the widths, then row by row) rather than all kept at once.
        for row in table.rows {
            for (column, value) in row.enumerated() { widths[column] = max(widths[column], DisplayWidth.of(shown(value.plainText))) }
        }
        var left: [String] = []
        if let width {
            // Too many columns for the terminal: leave out the least needed first (the rows are
            // copied once, without all of them).
            var kept = table.columns
            for name in table.narrowColumns where !Self.fitsReadably(widths, names: names, into: width) {
                guard let index = kept.firstIndex(of: name) else { continue }
                left.append(name)
                kept.remove(at: index)
                widths.remove(at: index)
                names.remove(at: index)
                columns.remove(at: index)
            }
            table = table.dropping(Set(left))
            widths = Self.fitted(widths, names: names, into: width)
        }
        let cell = { (column: Int, value: Value) in DisplayWidth.cut(shown(value.plainText), to: widths[column]) }
        // Lines are built as UTF-8 bytes in one buffer: a table of 100,000 rows is made in a
        // fraction of the time String concatenation takes.
        func appendLine(_ values: [String], to bytes: inout [UInt8]) {
            // Rows whose last cells are empty end without padding, so a row costs what it shows.
            let end = values.lastIndex { !$0.isEmpty }.map { $0 + 1 } ?? 0
            let start = bytes.count
            for column in 0..<end {
                let value = values[column]
                bytes.append(contentsOf: value.utf8)
                guard column < end - 1 else { break }
                let padding = max(0, widths[column] - DisplayWidth.of(value)) + 2
                bytes.append(contentsOf: repeatElement(0x20, count: padding))
            }
            while bytes.count > start, bytes.last == 0x20 { bytes.removeLast() }
            bytes.append(0x0A)
        }
        func line(_ values: [String]) -> String {
            var bytes: [UInt8] = []
            appendLine(values, to: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
        var output = StyledText()
        var body: [UInt8] = []
        if showsHeaders {
            output.append(String(line(columns).dropLast()), style: .bold)
            body.append(0x0A)
            appendLine(widths.map { String(repeating: "-", count: $0) }, to: &body)
        }
        for row in table.rows { appendLine(row.enumerated().map(cell), to: &body) }
        if table.rows.isEmpty { body += Array("(none)\n".utf8) }
        output.append(String(decoding: body, as: UTF8.self))
        if !left.isEmpty {
            let note = "(left out at this width: \(left.joined(separator: ", ")); --wide shows every column)"
            output.append(TextWrapping.wrapped(note, width: width ?? 80) + "\n", style: .dim)
        }
        return output
    }

    /// Whether columns of these full widths fit `width` with none cut below
    /// `readableColumn` (or its name).
    static func fitsReadably(_ widths: [Int], names: [Int], into width: Int) -> Bool {
        let room = width - 2 * max(0, widths.count - 1)
        return zip(widths, names).map { full, name in min(full, max(readableColumn, name)) }.reduce(0, +) <= room
    }

    /// The width below which a cut column says too little to be worth its place.
    static let readableColumn = 16

    /// Column widths that fit `width` with two spaces between columns: the widest cut first,
    /// all of them to one cap, none below its name or `narrowestFittedColumn` (a table too
    /// wide even then is left wider than the terminal, which wraps it).
    static func fitted(_ widths: [Int], names: [Int], into width: Int) -> [Int] {
        let room = width - 2 * max(0, widths.count - 1)
        func capped(_ cap: Int) -> [Int] {
            zip(widths, names).map { full, name in min(full, max(cap, name, narrowestFittedColumn)) }
        }
        guard widths.reduce(0, +) > room else { return widths }
        // The largest cap that fits, by halving between fitting and not.
        var fits = 0, fitsNot = widths.max() ?? 0
        while fitsNot - fits > 1 {
            let middle = (fits + fitsNot) / 2
            if capped(middle).reduce(0, +) <= room { fits = middle } else { fitsNot = middle }
        }
        return capped(fits)
    }

    /// The fewest columns a cut column keeps.
    static let narrowestFittedColumn = 8

    /// A cell's text with a `'` before it when it is text a spreadsheet would take for a formula.
    private static func spreadsheetSafe(_ value: Value) -> String {
        guard case .text(let text) = value, let first = text.unicodeScalars.first,
              ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return value.exactText }
        return "'" + text
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
