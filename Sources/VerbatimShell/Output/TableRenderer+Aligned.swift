/// The aligned table: columns padded to their widest cell, fitted to a terminal.
extension TableRenderer {
    /// The table in aligned columns without its detail columns, one line per row (line breaks
    /// and tabs in cells and names are shown, as `TerminalSafeText.showingLineBreaks` does),
    /// with the header bold; columns are measured in display columns (`DisplayWidth`). Given a
    /// `width` (a terminal's), the widest columns are cut with "…" until the lines fit it, down
    /// to `narrowestFittedColumn` or their name; without one, every cell is whole. For a
    /// terminal (`escapingControls`), cells and names are also made safe with `TerminalSafeText`
    /// before the columns are measured, so they stay aligned.
    func aligned(_ table: Table, escapingControls: Bool = false, width: Int?) -> StyledText {
        let lines = alignedLines(table, escapingControls: escapingControls, width: width)
        var output = StyledText()
        output.append(String(decoding: lines.bytes[..<lines.headerLength], as: UTF8.self), style: .bold)
        output.append(String(decoding: lines.bytes[lines.headerLength...], as: UTF8.self))
        if !lines.leftOut.isEmpty {
            let note = "(left out at this width: \(lines.leftOut.joined(separator: ", ")); --wide shows every column)"
            output.append(TextWrapping.wrapped(note, width: width ?? 80) + "\n", style: .dim)
        }
        return output
    }

    /// The lines of `aligned` as UTF-8 bytes, how many of them are the header's names (to
    /// make bold), and the columns left out to fit `width`.
    func alignedLines(_ table: Table, escapingControls: Bool, width: Int?) -> (bytes: [UInt8], headerLength: Int, leftOut: [String]) {
        let table = table.rectangular().droppingDetailColumns()
        let columnCount = table.columns.count
        var header = MeasuredCells(escapingControls: escapingControls)
        let names = table.columns.map { header.measure($0) }
        // Every cell is measured once, then written straight from its value, a piece of rows
        // on each core: a table of 100,000 rows is made in a fraction of the time Strings take.
        let measured = Self.inPieces(of: table.rows.count) { rows in
            var cells = MeasuredCells(escapingControls: escapingControls)
            var widths = [Int](repeating: 0, count: columnCount)
            table.rows[rows].withUnsafeBufferPointer { rows in
                for row in rows {
                    row.withUnsafeBufferPointer { values in
                        for column in values.indices { widths[column] = max(widths[column], cells.measure(values[column])) }
                    }
                }
            }
            return (cells: cells, widths: widths)
        }
        var widths = measured.reduce(showsHeaders ? names : names.map { _ in 0 }) { zip($0, $1.widths).map(max) }
        // The columns shown, by index.
        var kept = Array(table.columns.indices)
        var leftOut: [String] = []
        if let width {
            let nameWidths = showsHeaders ? names : names.map { _ in 0 }
            // Too many columns for the terminal: leave out the least needed first.
            for name in table.narrowColumns {
                guard !Self.fitsReadably(kept.map { widths[$0] }, names: kept.map { nameWidths[$0] }, into: width) else { break }
                guard let position = kept.firstIndex(where: { table.columns[$0] == name }) else { continue }
                leftOut.append(name)
                kept.remove(at: position)
            }
            let fitted = Self.fitted(kept.map { widths[$0] }, names: kept.map { nameWidths[$0] }, into: width)
            for (column, fittedWidth) in zip(kept, fitted) { widths[column] = fittedWidth }
        }
        let keptWidths = kept.map { widths[$0] }
        var bytes: [UInt8] = []
        var headerLength = 0
        if showsHeaders {
            MeasuredCells.appendLine(of: kept.count, widths: keptWidths, to: &bytes, isEmpty: { header.isEmpty(kept[$0]) }) { position in
                header.shown(table.columns[kept[position]], cell: kept[position], fitting: Int.max)
            }
            headerLength = bytes.count - 1
            MeasuredCells.appendLine(of: kept.count, widths: keptWidths, to: &bytes, isEmpty: { keptWidths[$0] == 0 }) { position in
                (String(repeating: "-", count: keptWidths[position]), keptWidths[position])
            }
        }
        let shownColumns = kept
        let pieceCells = measured.map(\.cells)
        let lines = Self.inPieces(of: table.rows.count) { rows in
            let cells = pieceCells[rows.lowerBound / Self.rowsPerPiece]
            var bytes: [UInt8] = []
            table.rows[rows].withUnsafeBufferPointer { rows in
                for (row, values) in rows.enumerated() {
                    let first = columnCount * row
                    values.withUnsafeBufferPointer { values in
                        MeasuredCells.appendLine(of: shownColumns.count, widths: keptWidths, to: &bytes,
                                                 isEmpty: { cells.isEmpty(first + shownColumns[$0]) }) { position in
                            let column = shownColumns[position]
                            return cells.shown(values[column], cell: first + column, fitting: keptWidths[position])
                        }
                    }
                }
            }
            return bytes
        }
        bytes = Self.joined(bytes, lines)
        if table.rows.isEmpty { bytes += Array("(none)\n".utf8) }
        return (bytes, headerLength, leftOut)
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
}
