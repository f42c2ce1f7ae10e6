/// Writes JSON text for tables: strings escaped exactly, keys in column order.
public enum JSONText {
    /// `text` as a JSON string literal.
    public static func string(_ text: String) -> String {
        // Most text has nothing to escape: copied whole, byte for byte.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) { return "\"" + text + "\"" }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// A cell as a JSON value; numbers exactly (`Value.exactFormat`), infinities and NaN as null.
    public static func value(_ value: Value) -> String {
        switch value {
        case .text(let text): string(text)
        case .integer(let integer): String(integer)
        case .number(let number): number.isFinite ? Value.exactFormat(number) : "null"
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        case .list(let items): "[" + items.map { Self.value($0) }.joined(separator: ", ") + "]"
        case .record(let fields): "{" + fields.map { string($0.name) + ": " + Self.value($0.value) }.joined(separator: ", ") + "}"
        }
    }

    /// One row's named cells as a JSON object, keys in order.
    static func object(_ cells: [(name: String, value: Value)]) -> String {
        "{" + cells.map { string($0.name) + ": " + value($0.value) }.joined(separator: ", ") + "}"
    }
}
