import VerbatimCore

/// One disagreement with the gold.
public struct EvaluationError: Hashable, Sendable {
    public enum Kind: String, Sendable {
        /// A gold quote not found.
        case miss
        /// An extracted quote that is no gold quote.
        case falseAlarm = "false-alarm"
        /// A correct quote given to the wrong speaker.
        case wrongSpeaker = "wrong-speaker"
    }

    public var kind: Kind
    public var article: String
    public var span: TextSpan
    public var quote: String
    /// Up to 80 characters before the quote and after it.
    public var context: String
    public var expectedSpeaker: String?
    public var foundSpeaker: String?
    /// The kind the extractor gave the quote (none for a miss).
    public var quoteKind: QuoteKind?
    /// Why it happened, by `ErrorCauseRules`.
    public var cause: ErrorCause

    init(kind: Kind, cause: ErrorCause, article: String, span: TextSpan, text: ScalarText, expectedSpeaker: String?,
         foundSpeaker: String?, quoteKind: QuoteKind?) {
        self.quoteKind = quoteKind
        self.cause = cause
        self.kind = kind
        self.article = article
        self.span = span
        self.expectedSpeaker = expectedSpeaker
        self.foundSpeaker = foundSpeaker
        let clamped = TextSpan(min(span.start, text.count), min(span.end, text.count))
        quote = text.string(clamped)
        let before = text.string(TextSpan(max(0, clamped.start - 80), clamped.start))
        let after = text.string(TextSpan(clamped.end, min(text.count, clamped.end + 80)))
        context = (before + "⟦" + quote + "⟧" + after).split(whereSeparator: \.isNewline).joined(separator: " ⏎ ")
    }
}
