/// One place where a quotation's words appear: a quote, or a stretch of narration carrying
/// them without quote marks, judged against an earlier occurrence.
public struct QuoteOccurrence: Hashable, Sendable {
    /// The id of the article it is in.
    public var article: String
    /// The id of the quote, or nil where the words appear unquoted.
    public var quote: String?
    /// Where the words lie in the article's text.
    public var span: TextSpan
    /// The words as the article has them (with quote marks, for a quote).
    public var text: String
    /// Who the article says spoke them, when it says.
    public var speaker: String?
    public var verdict: QuoteVerdict
    /// The verdict on the words alone; for unquoted and misattributed occurrences it says
    /// whether the words were also changed.
    public var wording: QuoteVerdict
    /// How alike the words are to the reference's, from 0 to 1 (1 for the original).
    public var similarity: Double
    /// The index, in its list, of the occurrence this one is judged against; nil for an original.
    public var reference: Int?
    /// How the words differ from the reference's; nil for an original.
    public var diff: WordDiff?
    /// What the match with the reference rests on; nil for an original.
    public var evidence: MatchEvidence?

    /// How sure the verdict is, from 0 to 1 (`MatchEvidence.confidence`); 1 for an original.
    public var confidence: Double { evidence?.confidence ?? 1 }
}
