import VerbatimCore

/// A quotation as the scoring protocol sees what an extractor found: the fields of
/// `export quotes` that it reads.
public struct SystemQuote: Hashable, Sendable {
    public var span: TextSpan
    /// The speaker mention the attribution rests on.
    public var speakerMention: TextSpan?
    /// The resolved speaker's name.
    public var speaker: String?
    public var kind: QuoteKind

    public init(span: TextSpan, speakerMention: TextSpan? = nil, speaker: String? = nil, kind: QuoteKind = .direct) {
        self.span = span
        self.speakerMention = speakerMention
        self.speaker = speaker
        self.kind = kind
    }

    /// A quote the extraction pipeline found.
    public init(_ quote: Quote) {
        self.init(span: quote.span, speakerMention: quote.speakerMention, speaker: quote.speaker, kind: quote.kind)
    }
}
