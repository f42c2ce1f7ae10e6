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

    /// The attributions of `annotations`, split by protocol 2: direct quotes, whose Content has
    /// at least half of its characters inside quote-marked stretches of `text` (what recall
    /// counts), and the others (indirect or mostly paraphrase, which count for precision only).
    public static func split(_ annotations: BratAnnotations, text: ScalarText) -> (direct: [GoldAttribution], other: [GoldAttribution]) {
        let stretches = QuoteMarkedStretches.offsets(in: text)
        var direct: [GoldAttribution] = [], other: [GoldAttribution] = []
        for attribution in annotations.attributions where !attribution.content.isEmpty {
            let sourceText = attribution.source.map { span in
                text.string(TextSpan(min(span.start, text.count), min(span.end, text.count)))
            }.joined(separator: " ")
            let gold = GoldAttribution(content: OffsetSet(attribution.content), source: OffsetSet(attribution.source),
                                       sourceText: sourceText)
            if gold.content.overlap(with: stretches) * 2 >= max(1, gold.content.count) {
                direct.append(gold)
            } else {
                other.append(gold)
            }
        }
        return (direct, other)
    }
}
