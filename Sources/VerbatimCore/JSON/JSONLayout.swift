/// Where the values of a JSON document lie, found by one pass over its bytes without building
/// anything: the members of an object and the elements of an array as byte ranges, so that a
/// large document can be decoded a piece at a time. It checks only the nesting, strings and
/// separators; what it cannot follow (and each piece's contents) is left to a real decoder.
struct JSONLayout {
    let bytes: UnsafeRawBufferPointer

    /// One member of an object: its key (written without escapes) and its value's bytes.
    struct Member {
        var key: String
        var value: Range<Int>
    }

    /// The members of the object whose value is at `range`, or nil when it is not an object
    /// this scanner can follow (a key with escapes included).
    func members(of range: Range<Int>) -> [Member]? {
        var members: [Member] = []
        let found: Bool = items(of: range, open: UInt8(ascii: "{"), close: UInt8(ascii: "}")) { index in
            guard bytes[index] == UInt8(ascii: "\""), let keyEnd = stringEnd(from: index, end: range.upperBound),
                  !bytes[index..<keyEnd].contains(UInt8(ascii: "\\")) else { return nil }
            var colon = skipSpace(from: keyEnd, end: range.upperBound)
            guard colon < range.upperBound, bytes[colon] == UInt8(ascii: ":") else { return nil }
            colon = skipSpace(from: colon + 1, end: range.upperBound)
            guard let valueEnd = valueEnd(from: colon, end: range.upperBound) else { return nil }
            members.append(Member(key: String(decoding: bytes[(index + 1)..<(keyEnd - 1)], as: UTF8.self), value: colon..<valueEnd))
            return valueEnd
        }
        return found ? members : nil
    }

    /// The byte ranges of the elements of the array whose value is at `range`, or nil when it
    /// is not an array this scanner can follow.
    func elements(of range: Range<Int>) -> [Range<Int>]? {
        var elements: [Range<Int>] = []
        let found: Bool = items(of: range, open: UInt8(ascii: "["), close: UInt8(ascii: "]")) { index in
            guard let end = valueEnd(from: index, end: range.upperBound) else { return nil }
            elements.append(index..<end)
            return end
        }
        return found ? elements : nil
    }

    /// The whole document's value, without the space around it.
    var root: Range<Int>? {
        let start = skipSpace(from: 0, end: bytes.count)
        guard let end = valueEnd(from: start, end: bytes.count), skipSpace(from: end, end: bytes.count) == bytes.count else { return nil }
        return start..<end
    }

    /// Walks `open item, item … close`, letting `item` read each one from its first byte and
    /// return where it ends (nil when it cannot).
    private func items(of range: Range<Int>, open: UInt8, close: UInt8, item: (Int) -> Int?) -> Bool {
        guard range.count >= 2, bytes[range.lowerBound] == open, bytes[range.upperBound - 1] == close else { return false }
        let last = range.upperBound - 1
        var index = skipSpace(from: range.lowerBound + 1, end: last)
        if index == last { return true }
        while true {
            guard let end = item(index) else { return false }
            index = skipSpace(from: end, end: last)
            if index == last { return true }
            guard bytes[index] == UInt8(ascii: ",") else { return false }
            index = skipSpace(from: index + 1, end: last)
        }
    }

    /// Where the value starting at `start` ends: after its closing bracket or quote, or
    /// before the separator that follows a number, `true`, `false` or `null`.
    private func valueEnd(from start: Int, end: Int) -> Int? {
        guard start < end else { return nil }
        switch bytes[start] {
        case UInt8(ascii: "\""): return stringEnd(from: start, end: end)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            var index = start
            while index < end {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    guard let after = stringEnd(from: index, end: end) else { return nil }
                    index = after
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return index + 1 }
                default: break
                }
                index += 1
            }
            return nil
        default:
            var index = start
            while index < end, !Self.endsScalar(bytes[index]) { index += 1 }
            return index > start ? index : nil
        }
    }

    /// Where the string whose opening quote is at `start` ends (just past its closing quote).
    private func stringEnd(from start: Int, end: Int) -> Int? {
        var index = start + 1
        while index < end {
            switch bytes[index] {
            case UInt8(ascii: "\""): return index + 1
            case UInt8(ascii: "\\"): index += 2
            default: index += 1
            }
        }
        return nil
    }

    private func skipSpace(from start: Int, end: Int) -> Int {
        var index = start
        while index < end, Self.isSpace(bytes[index]) { index += 1 }
        return index
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

    private static func endsScalar(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]")
    }
}
