/// Caps how many attributes an element keeps before libxml2 parses a page: libxml2 checks each
/// attribute against all the element's earlier ones, so one element with 40,000 attributes
/// took 14 s. Attributes past `limit` are dropped (no article needs them), and so is the rest
/// of the page after a tag past the limit that never closes (libxml2 would read it all as
/// that tag's attributes).
///
/// The bytes are read as libxml2 2.9 reads them wherever that decides what is an attribute:
/// start tags at `<` and a letter; names of letters, digits and `:-_.`, which
/// libxml2 cuts every 100 bytes into more attributes; blanks (space, tab, CR, LF — not form
/// feed); quoted and bare values; anything else in a tag skipped to a blank or `>` as libxml2
/// skips it; a NUL ending the tag; comments to `-->` or `--!>`; end tags to `>`; the raw text
/// of `script` and `style`. Where libxml2's reading is harder to follow, the bytes are dropped
/// so that it reads what this reads: a DOCTYPE and a processing instruction (`<?…>`) are
/// dropped to their first `>`. One pass over the bytes; a page with none of those and no
/// element past the limit is returned as it is.
enum AttributeLimiter {
    static func limit(_ bytes: [UInt8], to limit: Int) -> [UInt8] {
        var output: [UInt8] = []
        var copied = 0
        func drop(_ range: Range<Int>) {
            if output.isEmpty { output.reserveCapacity(bytes.count) }
            output.append(contentsOf: bytes[copied..<range.lowerBound])
            copied = range.upperBound
        }
        var index = 0
        let count = bytes.count
        while index < count {
            guard bytes[index] == 0x3C, index + 1 < count else {
                index += 1
                continue
            }
            let next = bytes[index + 1]
            if HTMLBytes.isComment(at: index, in: bytes) {
                index = HTMLBytes.endOfComment(from: index, in: bytes)
            } else if next == 0x2F {
                index = endOfEndTag(from: index, in: bytes)
            } else if next == 0x3F || (next == 0x21 && HTMLBytes.matches(bytes, at: index + 2, doctype)) {
                let end = bytes[index...].firstIndex(of: 0x3E).map { $0 + 1 } ?? count
                drop(index..<end)
                index = end
            } else if isLetter(next) {
                let nameStart = index + 1
                index = endOfName(from: nameStart, in: bytes)
                let rawTextName = [script, style].first { HTMLBytes.matches(bytes, at: nameStart, $0) && nameStart + $0.count == index }
                let (end, cut) = endOfStartTag(from: index, in: bytes, limit: limit)
                if let cut { drop(cut..<end) }  // a tag never closed (end == count) is dropped to the end
                index = end
                if let rawTextName, index < count, bytes[index] == 0x3E {
                    index = endOfRawText(from: index + 1, in: bytes, name: rawTextName)
                }
            } else {
                index += 1
            }
        }
        guard copied > 0 else { return bytes }
        output.append(contentsOf: bytes[copied..<count])
        return output
    }

    private static let doctype = Array("doctype".utf8), script = Array("script".utf8), style = Array("style".utf8)

    /// Where a start tag whose attributes begin at `start` ends — at its `>`, `/>` or a NUL, or
    /// the end of the bytes — and where its attributes past `limit` begin, if it has more.
    private static func endOfStartTag(from start: Int, in bytes: [UInt8], limit: Int) -> (end: Int, cut: Int?) {
        let count = bytes.count
        var index = start
        var attributes = 0
        var cut: Int?
        while true {
            while index < count, isBlank(bytes[index]) { index += 1 }
            guard index < count, bytes[index] != 0, bytes[index] != 0x3E,
                  bytes[index] != 0x2F || index + 1 >= count || bytes[index + 1] != 0x3E else { break }
            if isNameStart(bytes[index]) {
                attributes += 1
                if attributes > limit, cut == nil { cut = index }
                index = endOfAttribute(from: index, in: bytes)
            } else {
                // libxml2 skips what is not an attribute to a blank or the end of the tag.
                repeat { index += 1 } while index < count && bytes[index] != 0 && !isBlank(bytes[index]) && bytes[index] != 0x3E
                    && (bytes[index] != 0x2F || index + 1 >= count || bytes[index + 1] != 0x3E)
            }
        }
        return (index, cut)
    }

    /// Past one attribute starting at `start`: its name, and `=` with a quoted or bare value.
    private static func endOfAttribute(from start: Int, in bytes: [UInt8]) -> Int {
        let count = bytes.count
        let nameEnd = endOfName(from: start, in: bytes)
        var index = nameEnd
        while index < count, isBlank(bytes[index]) { index += 1 }
        guard index < count, bytes[index] == 0x3D else { return nameEnd }
        index += 1
        while index < count, isBlank(bytes[index]) { index += 1 }
        guard index < count else { return index }
        let quote = bytes[index]
        if quote == 0x22 || quote == 0x27 {
            index += 1
            while index < count, bytes[index] != quote, bytes[index] != 0 { index += 1 }
            return index < count && bytes[index] == quote ? index + 1 : index
        }
        while index < count, bytes[index] != 0, !isBlank(bytes[index]), bytes[index] != 0x3E { index += 1 }
        return index
    }

    /// Past a tag or attribute name starting at `start`, as libxml2 reads one: at most 100
    /// bytes (the rest is read as the next name).
    private static func endOfName(from start: Int, in bytes: [UInt8]) -> Int {
        var index = start
        let end = min(start + 100, bytes.count)
        while index < end, isNameByte(bytes[index]) { index += 1 }
        return index
    }

    /// Past an end tag whose `</` starts at `start`: to its `>`, or past `</` alone when no
    /// name follows (libxml2 then reads on from there).
    private static func endOfEndTag(from start: Int, in bytes: [UInt8]) -> Int {
        guard start + 2 < bytes.count, isNameStart(bytes[start + 2]) else { return start + 2 }
        var index = start + 2
        while index < bytes.count, bytes[index] != 0x3E, bytes[index] != 0 { index += 1 }
        return index
    }

    /// Where the raw text of a `script` or `style` element starting at `start` ends: at the
    /// `</` followed by its name, in any case.
    private static func endOfRawText(from start: Int, in bytes: [UInt8], name: [UInt8]) -> Int {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == 0x3C, bytes[index + 1] == 0x2F, HTMLBytes.matches(bytes, at: index + 2, name) { return index }
            index += 1
        }
        return bytes.count
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// A byte that can begin a name for libxml2: a letter, `_`, `:` or `.`.
    private static func isNameStart(_ byte: UInt8) -> Bool { isLetter(byte) || byte == 0x5F || byte == 0x3A || byte == 0x2E }

    /// A byte of a name for libxml2: a letter, a digit, `_`, `:`, `.` or `-`.
    private static func isNameByte(_ byte: UInt8) -> Bool { isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D }

    /// libxml2's blanks: space, tab, line feed, carriage return.
    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}
