/// A half-open range of Unicode scalar (code point) offsets into an article's exact text.
public struct TextSpan: Codable, Hashable, Sendable, Comparable {
    /// The offset of the first code point.
    public var start: Int
    /// The offset just past the last code point.
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "a span cannot end before it starts")
        self.start = start
        self.end = end
    }

    /// The number of code points covered.
    public var length: Int { end - start }

    public var isEmpty: Bool { start == end }

    /// Whether `offset` lies inside the span.
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    /// The number of code points this span shares with `other`.
    public func overlap(with other: TextSpan) -> Int { max(0, min(end, other.end) - max(start, other.start)) }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    private enum CodingKeys: String, CodingKey { case start, end }

    /// Reads `{"start": 3, "end": 9}`; an offset with a fraction (`1.5`) is an error naming
    /// where it is, which a plain decoder reports as invalid JSON, nowhere in particular.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        start = try container.decode(WholeNumber.self, forKey: .start).value
        end = try container.decode(WholeNumber.self, forKey: .end).value
    }

    /// Whether the span is a well-formed range inside a text of `length` code points.
    func fits(_ length: Int) -> Bool { start >= 0 && start <= end && end <= length }
}
