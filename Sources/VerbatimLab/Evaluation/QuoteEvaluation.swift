import Foundation
import VerbatimCore

/// Scores extracted quotations against gold ones by a `ScoringProtocol` of
/// `shared/docs/quote-evaluation.md`, as its reference scorer `score_quotes.py` does.
///
/// A system quote of speech is correct when at least half of its characters lie inside one
/// gold direct quote's Content, or else inside one other attribution's Content (a real
/// quotation that finds nothing for recall; protocol 1 reads no other attributions); a gold
/// direct quote is found when at least half of its characters are covered by the system quotes
/// matched to it. A correct quote's attribution is right when its speaker mention overlaps the
/// gold Source, its speaker equals the Source's text (ignoring case), or, under protocol 2,
/// both name the same `Surname`. End to end, a system quote counts only when it is correct
/// and rightly attributed.
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
    /// The rules the attributions are judged by (the gold given to `add` is split by them too).
    public let scoringProtocol: ScoringProtocol

    public init(by scoringProtocol: ScoringProtocol = .two) {
        self.scoringProtocol = scoringProtocol
    }

    public var precision: Double { ratio(correctQuotes, systemQuotes) }
    public var recall: Double { ratio(foundGold, goldQuotes) }
    public var f1: Double { harmonicMean(precision, recall) }
    /// Rightly attributed quotes among the correct ones.
    public var attributionAccuracy: Double { ratio(rightlyAttributed, correctQuotes) }
    public var endToEndPrecision: Double { ratio(rightlyAttributed, systemQuotes) }
    public var endToEndRecall: Double { ratio(foundGoldEndToEnd, goldQuotes) }
    public var endToEndF1: Double { harmonicMean(endToEndPrecision, endToEndRecall) }

    /// Adds one article: its gold attributions and the quotations extracted from it (those that
    /// are not speech, scare quotes and titles, are left out).
    public mutating func add(article: String, text: ScalarText, gold: [GoldAttribution], other: [GoldAttribution],
                             system: [SystemQuote]) {
        let speech = system.filter(\.kind.isSpeech)
        goldQuotes += gold.count
        systemQuotes += speech.count
        var covered = Array(repeating: [TextSpan](), count: gold.count)
        var coveredRightly = covered
        for quote in speech {
            let match = Self.match(for: quote.span, among: gold)
            guard let matched = match.map({ gold[$0] }) ?? Self.match(for: quote.span, among: other).map({ other[$0] }) else {
                let cause = ErrorCauseRules.falseAlarm(quote, attributions: gold + other, text: text)
                errors.append(EvaluationError(kind: .falseAlarm, cause: cause, article: article, span: quote.span, text: text,
                                              expectedSpeaker: nil, foundSpeaker: quote.speaker, quoteKind: quote.kind))
                continue
            }
            correctQuotes += 1
            let isRight = Self.isRightlyAttributed(quote, matched, by: scoringProtocol)
            if isRight {
                rightlyAttributed += 1
            } else {
                errors.append(EvaluationError(kind: .wrongSpeaker, cause: ErrorCauseRules.wrongSpeaker(quote, gold: matched, text: text),
                                              article: article, span: quote.span, text: text,
                                              expectedSpeaker: matched.sourceText,
                                              foundSpeaker: quote.speaker ?? quote.speakerMention.map(text.string), quoteKind: quote.kind))
            }
            guard let index = match else { continue }
            let inside = gold[index].content.intersection(with: quote.span)
            covered[index] += inside
            if isRight { coveredRightly[index] += inside }
        }
        let notSpeech = system.filter { !$0.kind.isSpeech }
        var stretches: OffsetSet?
        for (index, quote) in gold.enumerated() {
            let coveredCount = OffsetSet(covered[index]).count
            if coveredCount * 2 >= quote.content.count {
                foundGold += 1
            } else {
                let span = TextSpan(quote.content.spans.first!.start, quote.content.spans.last!.end)
                let marked = stretches ?? QuoteMarkedStretches.offsets(in: text)
                stretches = marked
                let cause = ErrorCauseRules.miss(quote, covered: coveredCount, notSpeech: notSpeech, stretches: marked, text: text)
                errors.append(EvaluationError(kind: .miss, cause: cause, article: article, span: span, text: text,
                                              expectedSpeaker: quote.sourceText, foundSpeaker: nil, quoteKind: nil))
            }
            if OffsetSet(coveredRightly[index]).count * 2 >= quote.content.count { foundGoldEndToEnd += 1 }
        }
    }

    /// The first of `attributions` whose Content shares the most characters with `span`, when
    /// those are at least half of the span's.
    static func match(for span: TextSpan, among attributions: [GoldAttribution]) -> Int? {
        var best: (index: Int, overlap: Int)?
        for (index, attribution) in attributions.enumerated() {
            let overlap = attribution.content.overlap(with: span)
            if overlap > (best?.overlap ?? 0) { best = (index, overlap) }
        }
        guard let best, best.overlap * 2 >= max(1, span.length) else { return nil }
        return best.index
    }

    /// Rule (a), (b) or (c) of protocol 2: the mention overlaps the Source, the speaker is the
    /// Source's text, or both name the same surname; protocol 1 has no rule (c).
    static func isRightlyAttributed(_ quote: SystemQuote, _ gold: GoldAttribution, by scoringProtocol: ScoringProtocol = .two) -> Bool {
        if let mention = quote.speakerMention, gold.source.overlap(with: mention) > 0 { return true }
        guard let speaker = quote.speaker?.trimmingCharacters(in: .whitespacesAndNewlines), !speaker.isEmpty,
              !gold.sourceText.isEmpty else { return false }
        if speaker.lowercased() == gold.sourceText.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() { return true }
        guard scoringProtocol.creditsSurnames, let surname = Surname.of(gold.sourceText) else { return false }
        return surname == Surname.of(speaker)
    }

    private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }

    private func harmonicMean(_ first: Double, _ second: Double) -> Double {
        first + second == 0 ? 0 : 2 * first * second / (first + second)
    }
}
