/// Writes JSON text for tables: strings escaped exactly, keys in column order. Tables are
/// written as UTF-8 bytes into one buffer (`append`); `string` and `value` give the same text.
public enum JSONText {
    /// `text` as a JSON string literal.
    public static func string(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendString(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A cell as a JSON value; numbers exactly (`Value.exactFormat`), infinities and NaN as null.
    public static func value(_ value: Value) -> String {
        var bytes: [UInt8] = []
        append(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` as a JSON string literal: runs with nothing to escape are copied whole.
    static func appendString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(0x22)
        var text = text
        text.withUTF8 { utf8 in
            var copied = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied..<index]))
                copied = index + 1
                switch byte {
                case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
                case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
                case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
                default:
                    bytes.append(contentsOf: "\\u00".utf8)
                    bytes.append(hexDigit(byte >> 4))
                    bytes.append(hexDigit(byte & 0x0F))
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied...]))
        }
        bytes.append(0x22)
    }

    /// One lowercase hexadecimal digit.
    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? 0x30 + nibble : 0x57 + nibble
    }

    /// Appends a cell as a JSON value.
    static func append(_ value: Value, to bytes: inout [UInt8]) {
        switch value {
        case .text(let text): appendString(text, to: &bytes)
        case .integer(let integer): bytes.append(contentsOf: String(integer).utf8)
        case .number(let number): bytes.append(contentsOf: (number.isFinite ? Value.exactFormat(number) : "null").utf8)
        case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null: bytes.append(contentsOf: "null".utf8)
        case .list(let items):
            bytes.append(0x5B)
            for (index, item) in items.enumerated() {
                if index > 0 { bytes.append(contentsOf: [0x2C, 0x20]) }
                append(item, to: &bytes)
            }
            bytes.append(0x5D)
        case .record(let fields):
            appendObject(fields.lazy.map { (name: $0.name, value: $0.value) }, to: &bytes)
        }
    }

    /// Appends named values as a JSON object, keys in order.
    static func appendObject(_ cells: some Sequence<(name: String, value: Value)>, to bytes: inout [UInt8]) {
        bytes.append(0x7B)
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(contentsOf: [0x2C, 0x20]) }
            appendString(cell.name, to: &bytes)
            bytes.append(contentsOf: [0x3A, 0x20])
            append(cell.value, to: &bytes)
        }
        bytes.append(0x7D)
    }
}
