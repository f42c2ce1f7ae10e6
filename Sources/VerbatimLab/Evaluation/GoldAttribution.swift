import VerbatimCore

/// A gold attribution as the scoring protocol reads it: the characters of its Content and of
/// its Source, and the Source's text.
public struct GoldAttribution: Hashable, Sendable {
    /// The Content's characters.
    public var content: OffsetSet
    /// The Source's characters (empty when the attribution names none).
    public var source: OffsetSet
    /// The Source's text, its fragments joined by spaces in the order annotated.
    public var sourceText: String

    public init(content: OffsetSet, source: OffsetSet, sourceText: String) {
        self.content = content
        self.source = source
        self.sourceText = sourceText
    }

    /// The attributions of `annotations`, split by `scoringProtocol`: direct quotes (what recall
    /// counts) and, under protocol 2, the others (indirect or mostly paraphrase, which count for
    /// precision only; protocol 1 leaves them out). Protocol 2 takes a Content as a direct quote
    /// when at least half of its characters lie inside quote-marked stretches of `text`;
    /// protocol 1 when its own text is mostly quoted (`QuotedContent`).
    public static func split(_ annotations: BratAnnotations, text: ScalarText,
                             by scoringProtocol: ScoringProtocol = .two) -> (direct: [GoldAttribution], other: [GoldAttribution]) {
        let isDirect: (BratAnnotations.Attribution, OffsetSet) -> Bool
        switch scoringProtocol {
        case .one:
            isDirect = { attribution, _ in
                let fragments = attribution.content.map { clamped($0, to: text) }
                return QuotedContent.isMostlyQuoted(fragments.flatMap { text.scalars[$0.start..<$0.end] })
            }
        case .two:
            let stretches = QuoteMarkedStretches.offsets(in: text)
            isDirect = { _, content in content.overlap(with: stretches) * 2 >= max(1, content.count) }
        }
        var direct: [GoldAttribution] = [], other: [GoldAttribution] = []
        for attribution in annotations.attributions where !attribution.content.isEmpty {
            let sourceText = attribution.source.map { text.string(clamped($0, to: text)) }.joined(separator: " ")
            let gold = GoldAttribution(content: OffsetSet(attribution.content), source: OffsetSet(attribution.source),
                                       sourceText: sourceText)
            if isDirect(attribution, gold.content) {
                direct.append(gold)
            } else if scoringProtocol.readsOtherAttributions {
                other.append(gold)
            }
        }
        return (direct, other)
    }

    /// The part of `span` that lies in `text`.
    private static func clamped(_ span: TextSpan, to text: ScalarText) -> TextSpan {
        TextSpan(min(span.start, text.count), min(span.end, text.count))
    }
}
