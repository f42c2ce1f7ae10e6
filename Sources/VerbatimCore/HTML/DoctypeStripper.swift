/// Drops the internal subset of a DOCTYPE (`<!DOCTYPE html [<!ENTITY lol "&lol;&lol;">]>`)
/// before libxml2 parses a page: no web page needs one, libxml2 would leak its declarations
/// into the text ("!ENTITY lol …"), and its entities are how "billion laughs" pages blow up.
/// The subset runs from `[` to the `]` outside quotes that ends it (to the DOCTYPE's first
/// `>` when there is no such `]`). One pass over the bytes; a page without a subset is
/// returned as it is.
enum DoctypeStripper {
    static func strip(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var copied = 0
        var index = 0
        let count = bytes.count
        // Once a subset runs to the end unclosed, later ones are not searched to the end again.
        var subsetsClose = true
        while index < count {
            guard bytes[index] == 0x3C, index + 1 < count, bytes[index + 1] == 0x21 else {
                index += 1
                continue
            }
            if HTMLBytes.isComment(at: index, in: bytes) {
                index = HTMLBytes.endOfComment(from: index, in: bytes)
                continue
            }
            guard HTMLBytes.matches(bytes, at: index + 2, doctype) else {
                index += 2
                continue
            }
            index += 2 + doctype.count
            while index < count, bytes[index] != 0x5B, bytes[index] != 0x3E { index += 1 }
            guard index < count, bytes[index] == 0x5B else { continue }
            let subsetStart = index
            let closed = subsetsClose ? endOfSubset(from: index + 1, in: bytes) : nil
            subsetsClose = closed != nil
            let subsetEnd = closed ?? firstEndOfTag(from: index, in: bytes)
            if output.isEmpty { output.reserveCapacity(count) }
            output.append(contentsOf: bytes[copied..<subsetStart])
            copied = subsetEnd
            index = subsetEnd
        }
        guard copied > 0 else { return bytes }
        output.append(contentsOf: bytes[copied..<count])
        return output
    }

    private static let doctype = Array("doctype".utf8)

    /// Past the `]` that ends a subset whose content starts at `start`, skipping quoted
    /// strings and comments; nil when none does.
    private static func endOfSubset(from start: Int, in bytes: [UInt8]) -> Int? {
        var index = start
        let count = bytes.count
        while index < count {
            switch bytes[index] {
            case 0x5D: return index + 1
            case 0x22, 0x27:
                let quote = bytes[index]
                index += 1
                while index < count, bytes[index] != quote { index += 1 }
                index += 1
            case 0x3C where HTMLBytes.isComment(at: index, in: bytes):
                index = HTMLBytes.endOfComment(from: index, in: bytes)
            default:
                index += 1
            }
        }
        return nil
    }

    /// Where the first `>` from `start` is (the DOCTYPE's end when its subset never closes).
    private static func firstEndOfTag(from start: Int, in bytes: [UInt8]) -> Int {
        var index = start
        while index < bytes.count, bytes[index] != 0x3E { index += 1 }
        return index
    }
}
