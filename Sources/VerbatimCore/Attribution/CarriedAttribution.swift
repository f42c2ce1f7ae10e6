/// The attribution a quote without a reporting clause of its own takes from its neighbours:
/// the quote it continues or the quote before it in its paragraph, a reporting clause in the
/// sentence before it, a speaker label opening the previous paragraph, the previous
/// paragraph's quote (a follow-on quote), or a reporting clause closing the previous paragraph
/// ("Caddell continued:").
enum CarriedAttribution {
    /// The attribution `quote` takes from its neighbours; `previous` is the last quotation of
    /// speech before it, with the attribution chosen for it.
    static func of(_ quote: QuoteCandidate, previous: QuoteCandidate?, in document: Document) -> Attribution? {
        func carried(_ source: QuoteCandidate?) -> Attribution? {
            guard var attribution = source?.attribution, attribution.mention != nil else { return nil }
            attribution.evidence = .carriedOver
            return attribution
        }
        if quote.continuesPrevious || previous?.paragraph == quote.paragraph {
            return carried(previous)
        }
        let tokens = document.paragraphTokens[quote.paragraph]
        let finder = ClauseFinder(tokens: tokens)
        let quoteStart = finder.firstToken(startingAtOrAfter: quote.span.start)
        if quoteStart > 0 {
            let sentenceBefore = finder.sentence(endingAt: tokens[quoteStart - 1].isSentenceEnd ? quoteStart - 1 : quoteStart)
            return finder.reportingClause(in: sentenceBefore, evidence: .earlierClause)
        }
        guard quote.paragraph > 0 else { return nil }
        let previousParagraph = quote.paragraph - 1
        if let label = label(openingParagraph: previousParagraph, in: document) {
            return label
        }
        if previous?.paragraph == previousParagraph {
            return carried(previous)
        }
        let previousClauses = ClauseFinder(tokens: document.paragraphTokens[previousParagraph])
        return previousClauses.reportingClause(in: previousClauses.lastSentence, evidence: .earlierClause)
    }

    /// A speaker label such as "State Department:" at the start of a paragraph.
    private static func label(openingParagraph paragraph: Int, in document: Document) -> Attribution? {
        let tokens = document.paragraphTokens[paragraph]
        guard let colon = tokens.prefix(8).firstIndex(where: { $0.text == ":" }) else { return nil }
        let finder = ClauseFinder(tokens: tokens)
        guard let label = finder.label(in: 0..<(colon + 1)) else { return nil }
        return Attribution(mention: MentionParser(tokens: tokens).span(label), evidence: .label)
    }
}
