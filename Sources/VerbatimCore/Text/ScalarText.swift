/// A text as an array of Unicode scalars, so that offsets are code points and indexing is O(1).
public struct ScalarText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) { scalars = Array(text.unicodeScalars) }

    public var count: Int { scalars.count }

    public subscript(offset: Int) -> Unicode.Scalar { scalars[offset] }

    /// The scalar at `offset`, or nil outside the text.
    public func at(_ offset: Int) -> Unicode.Scalar? {
        offset >= 0 && offset < scalars.count ? scalars[offset] : nil
    }

    /// The text of a span.
    public func string(_ span: TextSpan) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[span.start..<span.end])
        return String(result)
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
