/// Caps how many attributes an element keeps before libxml2 parses a page: libxml2 checks each
/// attribute against all the element's earlier ones, so one element with 40,000 attributes
/// took 14 s. Attributes past `limit` are dropped (no article needs them), and so is the rest
/// of the page after a tag past the limit that never closes (libxml2 would read it all as
/// that tag's attributes). One pass over the bytes; a page with no element past the limit is
/// returned as it is.
enum AttributeLimiter {
    static func limit(_ bytes: [UInt8], to limit: Int) -> [UInt8] {
        var output: [UInt8] = []
        var copied = 0
        var index = 0
        let count = bytes.count
        while index < count {
            if HTMLBytes.isComment(at: index, in: bytes) {
                index = HTMLBytes.endOfComment(from: index, in: bytes)
                continue
            }
            guard bytes[index] == 0x3C, index + 1 < count, isLetter(bytes[index + 1]) else {
                index += 1
                continue
            }
            index += 1
            while index < count, !isSpace(bytes[index]), bytes[index] != 0x3E, bytes[index] != 0x2F { index += 1 }
            var attributes = 0
            var cut: Int?
            while true {
                while index < count, isSpace(bytes[index]) || bytes[index] == 0x2F { index += 1 }
                guard index < count, bytes[index] != 0x3E else { break }
                attributes += 1
                if attributes > limit, cut == nil { cut = index }
                index = endOfAttribute(from: index, in: bytes)
            }
            if let cut {
                if output.isEmpty { output.reserveCapacity(count) }
                output.append(contentsOf: bytes[copied..<cut])
                // Keep a closing "/" of a self-closed element; drop all of a tag never closed.
                copied = index >= count ? count : index > cut && bytes[index - 1] == 0x2F ? index - 1 : index
            }
            index += 1
        }
        guard copied > 0 else { return bytes }
        output.append(contentsOf: bytes[copied..<count])
        return output
    }

    /// Past one attribute starting at `start`: its name, and `=` with a quoted or bare value.
    private static func endOfAttribute(from start: Int, in bytes: [UInt8]) -> Int {
        let count = bytes.count
        var index = start + 1
        while index < count, !isSpace(bytes[index]), bytes[index] != 0x3D, bytes[index] != 0x3E, bytes[index] != 0x2F { index += 1 }
        var afterName = index
        while afterName < count, isSpace(bytes[afterName]) { afterName += 1 }
        guard afterName < count, bytes[afterName] == 0x3D else { return index }
        index = afterName + 1
        while index < count, isSpace(bytes[index]) { index += 1 }
        guard index < count else { return index }
        let quote = bytes[index]
        if quote == 0x22 || quote == 0x27 {
            index += 1
            while index < count, bytes[index] != quote { index += 1 }
            return min(index + 1, count)
        }
        while index < count, !isSpace(bytes[index]), bytes[index] != 0x3E { index += 1 }
        return index
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D }
}
