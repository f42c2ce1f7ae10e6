/// A text as an array of Unicode scalars, so that offsets are code points and indexing is O(1).
///
/// It also keeps the UTF-8 bytes and where each scalar starts among them, so the text of a span
/// is made by copying bytes: short words then fit in a string without allocating.
public struct ScalarText: Sendable {
    public let scalars: [Unicode.Scalar]
    private let utf8: [UInt8]
    /// The UTF-8 offset of each scalar, and of the end.
    private let utf8Offsets: [Int32]

    public init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var utf8: [UInt8] = []
        var offsets: [Int32] = []
        scalars.reserveCapacity(text.utf8.count)
        utf8.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            offsets.append(Int32(utf8.count))
            utf8.append(contentsOf: UTF8.encode(scalar)!)
        }
        offsets.append(Int32(utf8.count))
        self.scalars = scalars
        self.utf8 = utf8
        self.utf8Offsets = offsets
    }

    public var count: Int { scalars.count }

    public subscript(offset: Int) -> Unicode.Scalar { scalars[offset] }

    /// The scalar at `offset`, or nil outside the text.
    public func at(_ offset: Int) -> Unicode.Scalar? {
        offset >= 0 && offset < scalars.count ? scalars[offset] : nil
    }

    /// The text of a span.
    public func string(_ span: TextSpan) -> String {
        String(decoding: utf8[Int(utf8Offsets[span.start])..<Int(utf8Offsets[span.end])], as: UTF8.self)
    }

    /// The text of a span in lowercase; ASCII is lowered byte by byte.
    public func lowercased(_ span: TextSpan) -> String {
        let bytes = utf8[Int(utf8Offsets[span.start])..<Int(utf8Offsets[span.end])]
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return string(span).lowercased() }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() {
                buffer[index] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            }
            return bytes.count
        }
    }

    /// The span with surrounding spaces removed.
    public func trimmed(_ span: TextSpan) -> TextSpan {
        var start = span.start
        var end = span.end
        while start < end, scalars[start].isSpace { start += 1 }
        while end > start, scalars[end - 1].isSpace { end -= 1 }
        return TextSpan(start, end)
    }
}
