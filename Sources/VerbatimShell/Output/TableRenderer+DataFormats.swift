/// How the data formats write a table: JSON and JSON Lines, CSV and TSV fields, as UTF-8 bytes.
extension TableRenderer {
    /// The rows as JSON objects, in an array (`asLines` false) or one a line (JSON Lines).
    func jsonBytes(_ table: Table, asLines: Bool) -> [UInt8] {
        // Each key is escaped once, with its `: `.
        let keys = (table.columns + table.sparseColumns).map { name in
            var key: [UInt8] = []
            JSONText.appendString(name, to: &key)
            return key + [0x3A, 0x20]
        }
        let start: [UInt8] = asLines ? [] : table.rows.isEmpty ? Array("[]\n".utf8) : [0x5B, 0x0A]
        var bytes = Self.joined(start, Self.inPieces(of: table.rows.count) { rows in
            var bytes: [UInt8] = []
            for index in rows {
                if !asLines { bytes.append(contentsOf: index == 0 ? [0x20, 0x20] : [0x2C, 0x0A, 0x20, 0x20]) }
                bytes.append(0x7B)
                let row = table.rows[index]
                for (column, value) in row.enumerated() {
                    if column > 0 { bytes.append(contentsOf: [0x2C, 0x20]) }
                    bytes.append(contentsOf: keys[column])
                    JSONText.append(value, to: &bytes)
                }
                if !table.sparseColumns.isEmpty {
                    for (position, cell) in table.sparseCells[index].enumerated() {
                        if position > 0 || !row.isEmpty { bytes.append(contentsOf: [0x2C, 0x20]) }
                        bytes.append(contentsOf: keys[table.columns.count + cell.column])
                        JSONText.append(cell.value, to: &bytes)
                    }
                }
                bytes.append(0x7D)
                if asLines { bytes.append(0x0A) }
            }
            return bytes
        })
        if !asLines, !table.rows.isEmpty { bytes.append(contentsOf: [0x0A, 0x5D, 0x0A]) }
        return bytes
    }

    /// Appends one line of CSV (ending with CR LF) or TSV fields.
    static func appendDelimitedLine(_ texts: some Sequence<String>, csv: Bool, to bytes: inout [UInt8]) {
        for (index, text) in texts.enumerated() {
            if index > 0 { bytes.append(csv ? 0x2C : 0x09) }
            if csv { appendCSVField(text, to: &bytes) } else { appendTSVField(text, to: &bytes) }
        }
        bytes.append(contentsOf: csv ? [0x0D, 0x0A] : [0x0A])
    }

    /// Appends a CSV field, in double quotes (theirs doubled) when it holds a comma, a double
    /// quote or a line break (U+000A–U+000D, U+0085, U+2028, U+2029).
    static func appendCSVField(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            var needsQuotes = false
            for index in utf8.indices {
                switch utf8[index] {
                case 0x2C, 0x22, 0x0A...0x0D: needsQuotes = true
                case 0xC2: needsQuotes = index + 1 < utf8.count && utf8[index + 1] == 0x85
                case 0xE2: needsQuotes = index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9)
                default: continue
                }
                if needsQuotes { break }
            }
            guard needsQuotes else { return bytes.append(contentsOf: utf8) }
            bytes.append(0x22)
            for byte in utf8 {
                if byte == 0x22 { bytes.append(0x22) }
                bytes.append(byte)
            }
            bytes.append(0x22)
        }
    }

    /// Appends a TSV field with backslashes, tabs, line feeds and carriage returns escaped
    /// (`\\`, `\t`, `\n`, `\r`).
    static func appendTSVField(_ text: String, to bytes: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            default: bytes.append(byte)
            }
        }
    }
}
