import Foundation

/// Scores extracted quotations against gold ones by the protocol of
/// `shared/docs/quote-evaluation.md`.
///
/// A system quote is correct when at least half of its characters lie inside one gold quote's
/// Content; a gold quote is found when at least half of its characters are covered by system
/// quotes. A correct quote's attribution is right when its speaker mention overlaps the gold
/// Source or its speaker equals the Source's text (ignoring case). End to end, a system quote
/// counts only when it is correct and rightly attributed.
public struct QuoteEvaluation: Sendable {
    /// The counts behind the scores.
    public var goldQuotes = 0
    public var systemQuotes = 0
    public var correctQuotes = 0
    public var foundGold = 0
    public var rightlyAttributed = 0
    public var foundGoldEndToEnd = 0
    /// Every miss, false alarm and wrong attribution.
    public var errors: [EvaluationError] = []

    public init() {}

    public var precision: Double { ratio(correctQuotes, systemQuotes) }
    public var recall: Double { ratio(foundGold, goldQuotes) }
    public var f1: Double { harmonicMean(precision, recall) }
    /// Rightly attributed quotes among the correct ones.
    public var attributionAccuracy: Double { ratio(rightlyAttributed, correctQuotes) }
    public var endToEndPrecision: Double { ratio(rightlyAttributed, systemQuotes) }
    public var endToEndRecall: Double { ratio(foundGoldEndToEnd, goldQuotes) }
    public var endToEndF1: Double { harmonicMean(endToEndPrecision, endToEndRecall) }

    /// Adds one article: its gold quotes and the quotations of speech extracted from it.
    public mutating func add(article: String, text: ScalarText, gold: [GoldQuote], system: [Quote]) {
        goldQuotes += gold.count
        systemQuotes += system.count
        var rightQuotes: [TextSpan] = []
        for quote in system {
            let best = gold.indices.max { overlap(quote.span, gold[$0]) < overlap(quote.span, gold[$1]) }
            guard let best, overlap(quote.span, gold[best]) * 2 >= quote.span.length else {
                errors.append(EvaluationError(kind: .falseAlarm, article: article, span: quote.span, text: text,
                                              expectedSpeaker: nil, foundSpeaker: quote.speaker, quoteKind: quote.kind))
                continue
            }
            correctQuotes += 1
            if isRightlyAttributed(quote, gold[best]) {
                rightlyAttributed += 1
                rightQuotes.append(quote.span)
            } else {
                errors.append(EvaluationError(kind: .wrongSpeaker, article: article, span: quote.span, text: text,
                                              expectedSpeaker: gold[best].sourceText,
                                              foundSpeaker: quote.speaker ?? quote.speakerMention.map(text.string), quoteKind: quote.kind))
            }
        }
        let systemSpans = system.map(\.span)
        for quote in gold {
            if isCovered(quote, by: systemSpans) {
                foundGold += 1
                if isCovered(quote, by: rightQuotes) { foundGoldEndToEnd += 1 }
            } else {
                let span = TextSpan(quote.content.map(\.start).min()!, quote.content.map(\.end).max()!)
                errors.append(EvaluationError(kind: .miss, article: article, span: span, text: text,
                                              expectedSpeaker: quote.sourceText, foundSpeaker: nil, quoteKind: nil))
            }
        }
    }

    private func overlap(_ span: TextSpan, _ gold: GoldQuote) -> Int {
        gold.content.reduce(0) { $0 + span.overlap(with: $1) }
    }

    private func isRightlyAttributed(_ quote: Quote, _ gold: GoldQuote) -> Bool {
        if let mention = quote.speakerMention, gold.source.contains(where: { mention.overlap(with: $0) > 0 }) { return true }
        guard let speaker = quote.speaker, !gold.sourceText.isEmpty else { return false }
        return speaker.caseInsensitiveCompare(gold.sourceText) == .orderedSame
    }

    /// Whether at least half of the gold quote's characters lie in `spans`.
    private func isCovered(_ quote: GoldQuote, by spans: [TextSpan]) -> Bool {
        let length = quote.content.reduce(0) { $0 + $1.length }
        let covered = quote.content.reduce(0) { total, part in
            total + spans.reduce(0) { $0 + part.overlap(with: $1) }
        }
        return covered * 2 >= length
    }

    private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }

    private func harmonicMean(_ first: Double, _ second: Double) -> Double {
        first + second == 0 ? 0 : 2 * first * second / (first + second)
    }
}

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

    init(kind: Kind, article: String, span: TextSpan, text: ScalarText, expectedSpeaker: String?, foundSpeaker: String?,
         quoteKind: QuoteKind?) {
        self.quoteKind = quoteKind
        self.kind = kind
        self.article = article
        self.span = span
        self.expectedSpeaker = expectedSpeaker
        self.foundSpeaker = foundSpeaker
        let clamped = GoldQuote.clamped(span, to: text)
        quote = text.string(clamped)
        let before = text.string(TextSpan(max(0, clamped.start - 80), clamped.start))
        let after = text.string(TextSpan(clamped.end, min(text.count, clamped.end + 80)))
        context = (before + "⟦" + quote + "⟧" + after).split(whereSeparator: \.isNewline).joined(separator: " ⏎ ")
    }
}
