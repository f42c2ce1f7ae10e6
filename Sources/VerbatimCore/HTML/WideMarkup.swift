/// Pages written in UTF-16 or UTF-32 turned into UTF-8 before anything reads their markup:
/// the strippers and caps that run before libxml2 look for ASCII bytes (`<`, `>`, quotes), so
/// on a UTF-16 page they found no tag and an element with 20,000 attributes reached libxml2.
/// A page is wide when it starts with a UTF-16 or UTF-32 byte-order mark, starts with `<` in
/// one of them as libxml2 detects it, or is not UTF-8 and its charset names UTF-16. Characters
/// that do not decode become U+FFFD.
enum WideMarkup {
    /// `bytes` in UTF-8 and the charset libxml2 is then told (none), or both as they are.
    static func utf8(_ bytes: [UInt8], encoding: String?) -> (bytes: [UInt8], encoding: String?) {
        let start = Array(bytes.prefix(4))
        if start == [0x00, 0x00, 0xFE, 0xFF] || start == [0x00, 0x00, 0x00, 0x3C] {
            return (decodingUTF32(bytes.dropFirst(start[2] == 0xFE ? 4 : 0), bigEndian: true), nil)
        }
        if start == [0xFF, 0xFE, 0x00, 0x00] || start == [0x3C, 0x00, 0x00, 0x00] {
            return (decodingUTF32(bytes.dropFirst(start[0] == 0xFF ? 4 : 0), bigEndian: false), nil)
        }
        if start.starts(with: [0xFE, 0xFF]) { return (decodingUTF16(bytes.dropFirst(2), bigEndian: true), nil) }
        if start.starts(with: [0xFF, 0xFE]) { return (decodingUTF16(bytes.dropFirst(2), bigEndian: false), nil) }
        if start == [0x00, 0x3C, 0x00, 0x3F] { return (decodingUTF16(bytes[...], bigEndian: true), nil) }
        if start == [0x3C, 0x00, 0x3F, 0x00] { return (decodingUTF16(bytes[...], bigEndian: false), nil) }
        if encoding?.lowercased().hasPrefix("utf-16") == true, !TextDecoding.isPlainUTF8(bytes) {
            let bigEndian = encoding?.lowercased() == "utf-16be"
                || encoding?.lowercased() != "utf-16le" && TextDecoding.utf16ByteOrder(of: bytes) == .utf16BigEndian
            return (decodingUTF16(bytes[...], bigEndian: bigEndian), nil)
        }
        return (bytes, encoding)
    }

    private static func decodingUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    private static func decodingUTF32(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count / 4)
        var index = bytes.startIndex
        while index + 3 < bytes.endIndex {
            let value = (0..<4).reduce(UInt32(0)) { sum, offset in
                sum << 8 | UInt32(bytes[index + (bigEndian ? offset : 3 - offset)])
            }
            UTF8.encode(Unicode.Scalar(value) ?? "\u{FFFD}") { output.append($0) }
            index += 4
        }
        return output
    }
}
