/// Reading HTML markup from raw bytes, before libxml2 parses it.
enum HTMLBytes {
    /// The `>` ending a start tag, past quoted attribute values.
    static func endOfTag(from start: Int, in bytes: [UInt8]) -> Int? {
        var quote: UInt8 = 0
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == 0x3E {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Whether `bytes` at `start` spell `word` (lowercase ASCII), ignoring case.
    static func matches(_ bytes: [UInt8], at start: Int, _ word: [UInt8]) -> Bool {
        guard start + word.count <= bytes.count else { return false }
        for (offset, expected) in word.enumerated() {
            var byte = bytes[start + offset]
            if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
            if byte != expected { return false }
        }
        return true
    }

    /// Past the end of a comment whose `<!--` starts at `start`, as libxml2 ends it: at `-->`
    /// or `--!>` (the end of the bytes when it never ends).
    static func endOfComment(from start: Int, in bytes: [UInt8]) -> Int {
        var index = start + 4
        while index + 2 < bytes.count {
            if bytes[index] == 0x2D, bytes[index + 1] == 0x2D {
                if bytes[index + 2] == 0x3E { return index + 3 }
                if bytes[index + 2] == 0x21, index + 3 < bytes.count, bytes[index + 3] == 0x3E { return index + 4 }
            }
            index += 1
        }
        return bytes.count
    }

    /// Whether a comment (`<!--`) starts at `start`.
    static func isComment(at start: Int, in bytes: [UInt8]) -> Bool {
        start + 3 < bytes.count && bytes[start] == 0x3C && bytes[start + 1] == 0x21 && bytes[start + 2] == 0x2D && bytes[start + 3] == 0x2D
    }
}
