import VerbatimCore

/// How messages count quotations, one way everywhere: quotes of speech (direct and partial),
/// with scare quotes and titles counted apart ("14 quotes and 1 scare quote or title").
enum QuoteCount {
    /// The count of `quotes` in words.
    static func phrase(_ quotes: some Sequence<Quote>) -> String {
        var speech = 0, other = 0
        for quote in quotes { if quote.kind.isSpeech { speech += 1 } else { other += 1 } }
        let said = "\(speech) quote\(speech == 1 ? "" : "s")"
        guard other > 0 else { return said }
        return said + " and \(other) scare quote\(other == 1 ? "" : "s") or title\(other == 1 ? "" : "s")"
    }
}
