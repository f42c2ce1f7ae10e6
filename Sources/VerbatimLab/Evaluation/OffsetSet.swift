import VerbatimCore

/// A set of code-point offsets of an article, kept as sorted, disjoint, non-adjacent spans:
/// the characters of a gold Content or Source, or those a gold quote has covered, counted
/// once however many spans hold them.
public struct OffsetSet: Hashable, Sendable {
    /// The spans, sorted and merged.
    public private(set) var spans: [TextSpan] = []

    /// The offsets of all `spans`, which may overlap and come in any order.
    public init(_ spans: [TextSpan] = []) {
        for span in spans.filter({ !$0.isEmpty }).sorted() {
            if let last = self.spans.last, span.start <= last.end {
                self.spans[self.spans.count - 1].end = max(last.end, span.end)
            } else {
                self.spans.append(span)
            }
        }
    }

    /// How many offsets the set holds.
    public var count: Int { spans.reduce(0) { $0 + $1.length } }

    public var isEmpty: Bool { spans.isEmpty }

    /// How many offsets of `span` the set holds.
    public func overlap(with span: TextSpan) -> Int { spans.reduce(0) { $0 + $1.overlap(with: span) } }

    /// How many offsets both sets hold.
    public func overlap(with other: OffsetSet) -> Int { other.spans.reduce(0) { $0 + overlap(with: $1) } }

    /// The offsets of `span` the set holds, as spans.
    public func intersection(with span: TextSpan) -> [TextSpan] {
        spans.compactMap { part in
            let start = max(part.start, span.start), end = min(part.end, span.end)
            return start < end ? TextSpan(start, end) : nil
        }
    }
}
