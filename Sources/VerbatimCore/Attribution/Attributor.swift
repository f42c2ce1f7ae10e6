/// Attributes each quote from the words of its own sentence: a reporting clause right after
/// it ("…,” said Antony Blinken), a reporting clause before it (Blinken reiterated that “…”),
/// or a speaker label ending in a colon, before the quote (PENCE: “…”) or opening it as in a
/// transcript ("PENCE: Well, …").
public struct Attributor: ExtractionStage {
    public var name: String { "attribution" }

    public init() {}

    public func process(_ document: inout Document) {
        let quotes = document.quotes
        for (index, quote) in quotes.enumerated() {
            let previous = index > 0 && quotes[index - 1].paragraph == quote.paragraph ? quotes[index - 1] : nil
            let next = index + 1 < quotes.count && quotes[index + 1].paragraph == quote.paragraph ? quotes[index + 1] : nil
            let clause = ClauseFinder(tokens: document.paragraphTokens[quote.paragraph],
                                      previousQuoteEnd: previous?.span.end, nextQuoteStart: next?.span.start)
            // A transcript turn names its speaker inside the quote: "PENCE: Well, look, …".
            if let turn = clause.transcriptSpeaker(in: quote) {
                document.quotes[index].attribution = Attribution(mention: turn, evidence: .label)
                continue
            }
            // A clause that leads into the quote with a comma or colon ("Brafman said, “…")
            // speaks for it before a clause after it, which may lead into the next quote.
            let before = clause.attributionBefore(quote)
            if let before, before.cue.map(ReportingVerbs.isVerbForm) == true, clause.leadsIn(quote) {
                document.quotes[index].attribution = before
            } else {
                // “…?” he asked. is common; “….” with a clause after it is a new sentence.
                let endsSentence = document.text.at(quote.content.end - 1)?.value == 0x2E
                document.quotes[index].attribution = clause.attributionAfter(quote, endsSentence: endsSentence) ?? before
            }
        }
    }
}
