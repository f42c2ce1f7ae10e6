/// How two articles report the same words: each quotation of the first with its closest
/// counterpart in the second, and the quotations of either with none.
public struct SourceComparison: Sendable {
    /// How a quote's counterpart relates to it.
    public enum Verdict: String, Sendable, Codable {
        /// The same words, once quote marks, apostrophes, case and spacing are set aside.
        case verbatim
        /// Close, but with words changed, added or left out.
        case similar
        /// No counterpart on the other side.
        case missing
    }

    /// One quote of the first article and its best counterpart in the second.
    public struct Pair: Sendable {
        public var first: Quote?
        public var second: Quote?
        public var similarity: Double
        public var verdict: Verdict
    }

    /// Quotes this alike or more count as the same quotation reported differently.
    public static let matchThreshold = 0.5

    /// The quotes of the first article in order, then the second's quotes left unmatched.
    public var pairs: [Pair]

    /// Compares the speech quotes of two articles of `session`.
    public init(_ first: String, _ second: String, in session: Session) {
        let left = session.quotes(in: first).filter(\.kind.isSpeech)
        let right = session.quotes(in: second).filter(\.kind.isSpeech)
        let rightWords = right.map { QuoteWords.of($0.text) }
        var matched = Set<Int>()
        pairs = left.map { quote in
            let words = QuoteWords.of(quote.text)
            let scored = rightWords.indices.map { ($0, QuoteWords.similarity(words, rightWords[$0])) }
            guard let (index, score) = scored.max(by: { $0.1 < $1.1 }), score >= Self.matchThreshold else {
                return Pair(first: quote, second: nil, similarity: scored.map(\.1).max() ?? 0, verdict: .missing)
            }
            matched.insert(index)
            return Pair(first: quote, second: right[index], similarity: score,
                        verdict: words == rightWords[index] ? .verbatim : .similar)
        }
        pairs += right.indices.filter { !matched.contains($0) }.map {
            Pair(first: nil, second: right[$0], similarity: 0, verdict: .missing)
        }
    }
}
