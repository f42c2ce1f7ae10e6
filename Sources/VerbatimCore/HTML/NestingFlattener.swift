/// Caps how deeply a page's elements nest, for pages libxml2 refuses to parse past its depth
/// limit (256): start tags beyond `limit` open elements are dropped with their end tags, so the
/// text inside them joins the element at the limit instead of being lost. One pass over the
/// bytes. Open elements are counted without building a tree: every start tag but void and
/// self-closed ones opens one, and an end tag closes one when an element of its name is open,
/// which counts about as deep as libxml2 nests (deeper where it closes elements by itself).
enum NestingFlattener {
    static func flatten(_ bytes: [UInt8], limit: Int) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var openByName: [UInt64: Int] = [:]
        var depth = 0
        var dropped = 0
        var copied = 0
        var index = 0
        let count = bytes.count
        while index < count {
            guard bytes[index] == 0x3C, index + 1 < count else {
                index += 1
                continue
            }
            let isEnd = bytes[index + 1] == 0x2F
            let nameStart = index + (isEnd ? 2 : 1)
            guard nameStart < count, isLetter(bytes[nameStart]) else {
                index = skipMarkup(from: index, in: bytes)
                continue
            }
            var nameEnd = nameStart
            while nameEnd < count, isNameByte(bytes[nameEnd]) { nameEnd += 1 }
            guard let tagEnd = HTMLBytes.endOfTag(from: nameEnd, in: bytes) else { break }
            let name = key(bytes[nameStart..<nameEnd])
            var drop = false
            if isEnd {
                if let open = openByName[name], open > 0 {
                    openByName[name] = open - 1
                    if dropped > 0 {
                        dropped -= 1
                        drop = true
                    } else {
                        depth -= 1
                    }
                }
            } else if bytes[tagEnd - 1] != 0x2F, !voidNames.contains(name) {
                if depth >= limit {
                    dropped += 1
                    drop = true
                } else {
                    depth += 1
                }
                openByName[name, default: 0] += 1
            }
            if drop {
                output.append(contentsOf: bytes[copied..<index])
                copied = tagEnd + 1
            }
            index = tagEnd + 1
        }
        output.append(contentsOf: bytes[copied..<count])
        return output
    }

    /// Past a comment, doctype or processing instruction starting at `start` (or one byte past
    /// a `<` that starts none).
    private static func skipMarkup(from start: Int, in bytes: [UInt8]) -> Int {
        if HTMLBytes.isComment(at: start, in: bytes) { return HTMLBytes.endOfComment(from: start, in: bytes) }
        let next = bytes[start + 1]
        guard next == 0x21 || next == 0x3F else { return start + 1 }
        var index = start + 2
        while index < bytes.count, bytes[index] != 0x3E { index += 1 }
        return index + 1
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x3A || byte == 0x5F
    }

    /// An element name, lowercased, as a number (names longer than eight bytes may share one,
    /// which only merges their counts).
    private static func key(_ name: ArraySlice<UInt8>) -> UInt64 {
        var key: UInt64 = 0
        for byte in name { key = (key &<< 8 | UInt64(byte | 0x20)) &* (name.count > 8 ? 31 : 1) }
        return key
    }

    /// Elements that never hold others.
    private static let voidNames: Set<UInt64> = Set(
        ["area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input", "isindex", "keygen",
         "link", "meta", "param", "source", "track", "wbr"].map { key(Array($0.utf8)[...]) })
}
