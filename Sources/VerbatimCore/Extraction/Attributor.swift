/// Attributes each quote from the words of its own sentence: a reporting clause right after
/// it ("…,” said Antony Blinken), a reporting clause before it (Blinken reiterated that “…”),
/// or a speaker label ending in a colon (PENCE: “…”).
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
            document.quotes[index].attribution = clause.attributionAfter(quote) ?? clause.attributionBefore(quote)
        }
    }
}

/// Reads the reporting clauses around one quote of a paragraph.
struct ClauseFinder {
    let tokens: [Token]
    /// Where the paragraph's previous quote ends, if there is one.
    var previousQuoteEnd: Int?
    /// Where the paragraph's next quote starts, if there is one.
    var nextQuoteStart: Int?

    private var parser: MentionParser { MentionParser(tokens: tokens) }

    /// The index of the first token starting at or after `offset` (binary search).
    func firstToken(startingAtOrAfter offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].span.start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The tokens from the quote's end to the end of its sentence or the next quote.
    func tokensAfter(_ quote: QuoteCandidate) -> Range<Int> {
        let start = firstToken(startingAtOrAfter: quote.span.end)
        var end = start
        while end < tokens.count {
            let token = tokens[end]
            if let nextQuoteStart, token.span.start >= nextQuoteStart { break }
            end += 1
            if token.isSentenceEnd { break }
        }
        return start..<end
    }

    /// The tokens from the start of the quote's sentence (or the previous quote's end) to the quote.
    func tokensBefore(_ quote: QuoteCandidate) -> Range<Int> {
        let end = firstToken(startingAtOrAfter: quote.span.start)
        let floor = previousQuoteEnd ?? 0
        var start = end
        while start > 0 {
            let token = tokens[start - 1]
            if token.span.start < floor || token.isSentenceEnd { break }
            start -= 1
        }
        return start..<end
    }

    /// "…,” said X", "…,” X said", "…,” X, a role, said", "…,” according to X".
    func attributionAfter(_ quote: QuoteCandidate) -> Attribution? {
        let range = tokensAfter(quote)
        var index = range.lowerBound
        while index < range.upperBound, index - range.lowerBound < 2, !tokens[index].isWord, !tokens[index].isSentenceEnd {
            index += 1
        }
        guard index < range.upperBound else { return nil }
        if let cue = cue(at: index, limit: range.upperBound) {
            guard let mention = parser.mention(startingAt: cue.next, limit: range.upperBound) else { return nil }
            return Attribution(mention: parser.span(mention), cue: cue.text, evidence: .clauseAfter)
        }
        guard var mention = parser.mention(startingAt: index, limit: range.upperBound) else { return nil }
        let afterAppositive = skipAppositive(from: mention.upperBound, limit: range.upperBound)
        // "the mayor, Elena Marsh, said": the name in the appositive is the better mention.
        if afterAppositive > mention.upperBound, !tokens[mention.lowerBound].isCapitalized,
           let name = parser.mention(startingAt: mention.upperBound + 1, limit: afterAppositive - 1),
           name.upperBound == afterAppositive - 1, tokens[name.lowerBound].isCapitalized {
            mention = name
        }
        let verb = skipAdverbs(from: afterAppositive, limit: range.upperBound)
        guard verb < range.upperBound, let cue = cue(at: verb, limit: range.upperBound) else { return nil }
        return Attribution(mention: parser.span(mention), cue: cue.text, evidence: .clauseAfter)
    }

    /// "X said that “…", "X told reporters: “…", "according to X, “…", "X: “…".
    func attributionBefore(_ quote: QuoteCandidate) -> Attribution? {
        let range = tokensBefore(quote)
        guard !range.isEmpty else { return nil }
        if let label = label(in: range) {
            return Attribution(mention: parser.span(label), evidence: .label)
        }
        for verb in range.reversed() {
            guard let cue = cue(at: verb, limit: range.upperBound) else { continue }
            if cue.text == "according to" {
                guard let mention = parser.mention(startingAt: cue.next, limit: range.upperBound) else { continue }
                return Attribution(mention: parser.span(mention), cue: cue.text, evidence: .clauseBefore)
            }
            let subjectEnd = skipAdverbsBackwards(from: verb - 1, floor: range.lowerBound)
            if let subject = subjectEnd.flatMap({ end in
                tokens[end].text == "," ? appositiveSubject(endingAt: end, floor: range.lowerBound)
                    : parser.mention(endingAt: end, floor: range.lowerBound)
            }) {
                return Attribution(mention: parser.span(subject), cue: cue.text, evidence: .clauseBefore)
            }
            if let object = parser.mention(startingAt: cue.next, limit: range.upperBound) {
                return Attribution(mention: parser.span(object), cue: cue.text, evidence: .clauseBefore)
            }
        }
        return nil
    }

    /// A run of capitalized words and a colon filling the whole clause before the quote.
    func label(in range: Range<Int>) -> Range<Int>? {
        guard range.count >= 2, range.count <= 7, tokens[range.upperBound - 1].text == ":" else { return nil }
        let words = range.lowerBound..<(range.upperBound - 1)
        guard let mention = parser.mention(startingAt: words.lowerBound, limit: words.upperBound),
              mention.upperBound == words.upperBound, tokens[mention.lowerBound].isCapitalized else { return nil }
        return mention
    }

    /// A reporting verb or "according to" at `index`, and the index after it.
    func cue(at index: Int, limit: Int) -> (text: String, next: Int)? {
        guard index < limit, tokens[index].isWord else { return nil }
        let word = tokens[index].lowered
        if word == "according", index + 1 < limit, tokens[index + 1].lowered == "to" {
            return ("according to", index + 2)
        }
        return ReportingVerbs.contains(word) ? (tokens[index].text, index + 1) : nil
    }

    /// Past ", a Republican tax consultant," after a name, when there is one.
    private func skipAppositive(from index: Int, limit: Int) -> Int {
        guard index < limit, tokens[index].text == "," else { return index }
        var end = index + 1
        while end < limit, end - index <= 12 {
            if tokens[end].text == "," { return end + 1 }
            end += 1
        }
        return index
    }

    private func skipAdverbs(from index: Int, limit: Int) -> Int {
        var index = index
        while index < limit, MentionLexicon.adverbsAndAuxiliaries.contains(tokens[index].lowered) { index += 1 }
        return index
    }

    private func skipAdverbsBackwards(from index: Int, floor: Int) -> Int? {
        var index = index
        while index >= floor, MentionLexicon.adverbsAndAuxiliaries.contains(tokens[index].lowered) { index -= 1 }
        return index >= floor ? index : nil
    }

    /// The name before ", a role," that ends at the comma `index`.
    private func appositiveSubject(endingAt index: Int, floor: Int) -> Range<Int>? {
        var comma = index - 1
        while comma > floor, index - comma <= 12, tokens[comma].text != "," { comma -= 1 }
        guard comma > floor, tokens[comma].text == "," else { return nil }
        return parser.mention(endingAt: comma - 1, floor: floor)
    }
}
