/// Tells quotations of someone's words (`direct`, `partial`) from quoted words that are nobody's
/// speech: short quotes inside a sentence with no reporting clause of their own are `scare`
/// quotes ("sham"), or `title`s when their words are capitalized ("Fox News Sunday"), unless a
/// reporting verb earlier in their sentence reports them (`ReportedSpeech`): Cruz called Trump
/// a "pathological liar" who is "utterly amoral" holds two partial quotes.
public struct QuoteClassifier: ExtractionStage {
    public var name: String { "classification" }

    /// Quotes of this many words or fewer are speech only with a reporting clause or as a
    /// sentence of their own.
    static let shortQuoteWords = 3

    public init() {}

    public func process(_ document: inout Document) {
        for index in document.quotes.indices {
            let quote = document.quotes[index]
            let words = Array(document.tokens(in: quote.content, paragraph: quote.paragraph).filter(\.isWord))
            let opensSentence = startsSentence(quote, in: document)
            var kind = classify(quote, words: words, opensSentence: opensSentence, in: document)
            // A quote without a word ("…", "?!") quotes nobody's speech, reported or not.
            if kind == .scare, !words.isEmpty, let clause = ReportedSpeech(tokens: document.paragraphTokens[quote.paragraph]).clause(reporting: quote) {
                kind = .partial
                if quote.attribution?.mention == nil { document.quotes[index].attribution = clause }
            }
            document.quotes[index].kind = kind
            if !kind.isSpeech { document.quotes[index].attribution = nil }
        }
    }

    func classify(_ quote: QuoteCandidate, words: [Token], opensSentence: Bool, in document: Document) -> QuoteKind {
        let text = document.text
        let speechKind: QuoteKind = opensSentence ? .direct : .partial
        if quote.continuesPrevious { return .direct }
        if words.count <= Self.longestTitleWords, isTitleCase(words), followsTitleWord(quote, in: document) {
            return .title
        }
        if words.count > Self.shortQuoteWords {
            let isTitle = quote.attribution == nil && !opensSentence && words.count <= 6 && isTitleCase(words)
                && !endsWithSentenceMark(quote.content, in: text)
            return isTitle ? .title : speechKind
        }
        let sentenceOfItsOwn = opensSentence && endsWithSentenceMark(quote.content, in: text)
        let clauseAfter = quote.attribution?.evidence == .clauseAfter
        if clauseAfter && (opensSentence || !isTitleCase(words) && closesBeforeItsClause(quote, in: document)) || sentenceOfItsOwn
            || quote.attribution?.evidence == .clauseBefore && isObjectOfReportingVerb(quote, in: document) {
            return speechKind
        }
        return words.first?.isCapitalized == true && isTitleCase(words) ? .title : .scare
    }

    /// Titles of works are this many words long at most.
    static let longestTitleWords = 6

    /// Words that announce the title of a work or programme just before it: the book
    /// “Make Your Kid a Millionaire,”, the anthem “A Change Is Gonna Come,”, CNN’s “State of the
    /// Union.”, and "on" before a capitalized name, as programmes are (he said on “Meet the Press.”).
    static let titleWords: WordSet = [
        "book", "novel", "memoir", "song", "anthem", "hymn", "album", "film", "movie", "documentary", "show",
        "program", "programme", "series", "sitcom", "play", "musical", "poem", "column", "essay", "podcast",
        "autobiography", "biography", "pseudonym", "on",
    ]

    /// People named by the work or programme they make, which follows them after "of": the
    /// author of ''Destiny and Power,'', a co-editor of “…”, the hosts of “Morning Joe”.
    static let makerWords: WordSet = [
        "author", "authors", "co-author", "coauthor", "editor", "co-editor", "host", "hosts", "co-host", "creator",
    ]

    /// Whether a title word, or a network's possessive name (CNN’s), stands just before the
    /// quote, at most one comma between, or a maker's word and "of" (the author of).
    func followsTitleWord(_ quote: QuoteCandidate, in document: Document) -> Bool {
        let tokens = document.paragraphTokens[quote.paragraph]
        var index = tokens.firstIndex(startingAtOrAfter: quote.span.start) - 1
        if index >= 1, tokens[index].lowered == "of", Self.makerWords.contains(tokens[index - 1].lowered) { return true }
        if index >= 0, tokens[index].text == "," { index -= 1 }
        guard index >= 0, tokens[index].isWord else { return false }
        let word = tokens[index]
        return Self.titleWords.contains(word.lowered) || word.isPossessive && isAllCapitals(word)
    }

    /// Whether a word's letters are all capitals, as in a network's initials (CNN’s, MSNBC’s).
    func isAllCapitals(_ word: Token) -> Bool {
        let letters = word.text.unicodeScalars.filter(\.isLetter).dropLast()
        return letters.count >= 2 && letters.allSatisfy(\.isUppercaseLetter)
    }

    /// Whether the words are written as a title: every word of four letters or more, and the
    /// first, capitalized ("Make Your Kid a Millionaire", "The Steve Harvey Morning Show").
    func isTitleCase(_ words: [Token]) -> Bool {
        guard let first = words.first, first.isCapitalized || first.text.first?.isNumber == true else { return false }
        return words.allSatisfy { $0.isCapitalized || $0.text.count <= 3 || $0.text.first?.isNumber == true }
    }

    /// Whether a short quote is what a reporting verb just before it reports, ending its
    /// clause: calling him “a total stiff.”, chanted “USA! USA!”, but not calling the “sham”
    /// elections a violation.
    func isObjectOfReportingVerb(_ quote: QuoteCandidate, in document: Document) -> Bool {
        let finder = ClauseFinder(tokens: document.paragraphTokens[quote.paragraph])
        let start = finder.firstToken(startingAtOrAfter: quote.span.start)
        let after = finder.firstToken(startingAtOrAfter: quote.span.end)
        let endsClause = after == finder.tokens.count || !finder.tokens[after].isWord
        guard endsClause else { return false }
        let near = max(0, start - Self.reportingVerbReach)..<start
        return near.contains { finder.cue(at: $0, limit: start) != nil }
    }

    /// How many words before a short quote its reporting verb may stand.
    static let reportingVerbReach = 4

    /// Whether the quote's words end with a comma, ? or ! and its reporting clause follows the
    /// closing mark at once: Not paying taxes ''makes me smart,'' Trump said.
    func closesBeforeItsClause(_ quote: QuoteCandidate, in document: Document) -> Bool {
        guard document.text.at(quote.content.end - 1)?.leadsIntoReportingClause == true, let mention = quote.attribution?.mention else { return false }
        let tokens = document.paragraphTokens[quote.paragraph]
        let after = tokens.firstIndex(startingAtOrAfter: quote.span.end)
        guard after < tokens.count, tokens[after].isWord else { return false }
        return tokens[after].span.start == mention.start || ReportingVerbs.contains(tokens[after].lowered)
    }

    /// Whether the quote's words end with . ! ? or a comma (the American style of “…,” he said).
    func endsWithSentenceMark(_ content: TextSpan, in text: ScalarText) -> Bool {
        guard let last = text.at(content.end - 1) else { return false }
        return last.isSentenceEnd || last.value == 0x2C
    }

    /// Whether nothing but a reporting clause, a colon or a sentence end stands before the quote.
    func startsSentence(_ quote: QuoteCandidate, in document: Document) -> Bool {
        let paragraph = document.paragraphs[quote.paragraph]
        var offset = quote.span.start - 1
        while offset >= paragraph.start, document.text[offset].isSpace { offset -= 1 }
        guard offset >= paragraph.start else { return true }
        let previous = document.text[offset]
        if previous.isSentenceEnd || previous.value == 0x3A || previous.isDash { return true }
        if [0x201D, 0x22, 0xBB, 0x27].contains(previous.value) { return true }
        // “…,” he said, “…”: a reporting clause ending in a comma opens a new sentence of speech.
        return previous.value == 0x2C && quote.attribution?.evidence == .clauseBefore
    }
}
