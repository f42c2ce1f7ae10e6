import VerbatimCore

/// The tests that give each evaluation error its `ErrorCause`, read on the gold and the system
/// quote only (no list of names or phrases): the first test that holds decides.
enum ErrorCauseRules {
    /// Why `quote` was given a speaker other than `gold`'s Source.
    static func wrongSpeaker(_ quote: SystemQuote, gold: GoldAttribution, text: ScalarText) -> ErrorCause {
        if quote.speaker == nil, quote.speakerMention == nil { return .missingSpeaker }
        let words = Self.words(of: gold.sourceText)
        guard let first = words.first, let sourceStart = gold.source.spans.first?.start,
              let sourceEnd = gold.source.spans.last?.end else { return .noGoldSource }
        if hasNewline(in: text, between: TextSpan(sourceStart, sourceEnd), and: quote.span) { return .carriedOver }
        let lowered = words.map { $0.lowercased() }
        if lowered.count == 1, pronouns.contains(lowered[0]) { return .pronoun }
        if words.count == 1, first.first?.isLowercase == true { return .verbAsSource }
        if let head = headWord(of: gold.sourceText), organisationNouns.contains(head.lowercased()) || isAcronym(head) {
            return .organisation
        }
        if determiners.contains(lowered[0]) || (words.count > 1 && first.first?.isLowercase == true) { return .description }
        guard let mention = quote.speakerMention else { return .wrongEntity }
        return sentenceEnds(in: text, between: mention, and: TextSpan(sourceStart, sourceEnd), skipping: quote.span)
            ? .wrongEntity : .wrongMention
    }

    /// Why `gold` was missed, given the characters system quotes covered of it, the quotes the
    /// extractor classed as no speech and the article's quote-marked stretches.
    static func miss(_ gold: GoldAttribution, covered: Int, notSpeech: [SystemQuote], stretches: OffsetSet,
                     text: ScalarText) -> ErrorCause {
        if let classed = notSpeech.first(where: { gold.content.overlap(with: $0.span) > 0 }) {
            return classed.kind == .title ? .classedTitle : .classedScare
        }
        if covered > 0 { return .partlyFound }
        let marked = stretches.spans.filter { gold.content.overlap(with: $0) > 0 }
        let fragments = marked.allSatisfy { stretch in
            words(of: text.string(stretch)).count <= partialQuoteWords && followsAWord(stretch.start, in: text)
        }
        return !marked.isEmpty && fragments ? .partialQuote : .notExtracted
    }

    /// Why `quote` is a false alarm, given every gold attribution of its article.
    static func falseAlarm(_ quote: SystemQuote, attributions: [GoldAttribution], text: ScalarText) -> ErrorCause {
        if attributions.contains(where: { $0.content.overlap(with: quote.span) > 0 }) { return .boundary }
        if isInsideParentheses(quote.span, in: text) { return .parenthetical }
        let words = Self.words(of: text.string(TextSpan(min(quote.span.start, text.count), min(quote.span.end, text.count))))
        let long = words.filter { $0.count >= 4 }
        if words.count >= 2, words.count <= titleWords, !long.isEmpty, long.allSatisfy({ $0.first?.isUppercase == true }) {
            return .titleLike
        }
        return .unannotated
    }

    /// A quote-marked fragment this short, with a word before its opening mark, is a partial quote.
    private static let partialQuoteWords = 4
    /// A title-like quote has at most this many words.
    private static let titleWords = 8
    private static let pronouns: Set = ["i", "we", "you", "he", "she", "it", "they", "him", "her", "them", "us", "me", "who"]
    private static let determiners: Set = ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
                                           "our", "my", "your", "one", "another", "some", "many", "several", "both"]
    /// Heads of noun phrases that name an institution or a document.
    private static let organisationNouns: Set = [
        "administration", "agency", "article", "association", "board", "bill", "bureau", "bylaws", "campaign", "center",
        "commission", "committee", "company", "council", "court", "department", "document", "editorial", "foundation",
        "government", "group", "house", "institute", "law", "letter", "memo", "ministry", "network", "newspaper", "office",
        "organisation", "organization", "paper", "party", "piece", "platform", "poll", "release", "report", "rules",
        "standards", "statement", "study", "survey", "team", "union", "website",
    ]

    /// The runs of letters, digits and apostrophes in `string`.
    private static func words(of string: String) -> [Substring] {
        string.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }
    }

    /// The last word of a Source's first comma-separated part.
    private static func headWord(of source: String) -> Substring? {
        words(of: String(source.split(separator: ",").first ?? "")).last
    }

    /// "FBI", "CNN": two or more letters, all capitals.
    private static func isAcronym(_ word: Substring) -> Bool {
        word.count >= 2 && word.allSatisfy { $0.isUppercase }
    }

    /// Whether a paragraph break lies between the two spans.
    private static func hasNewline(in text: ScalarText, between first: TextSpan, and second: TextSpan) -> Bool {
        let gap = first.start < second.start ? (first.end, second.start) : (second.end, first.start)
        let end = min(gap.1, text.count)
        guard gap.0 < end else { return false }
        return (gap.0..<end).contains { text[$0] == "\n" }
    }

    /// Whether a sentence ends (".", "?" or "!" before a space, or a line break) between the two
    /// spans, outside `skipped` (the quote, whose own sentences do not count).
    private static func sentenceEnds(in text: ScalarText, between first: TextSpan, and second: TextSpan,
                                     skipping skipped: TextSpan) -> Bool {
        let gap = first.start < second.start ? (first.end, second.start) : (second.end, first.start)
        let end = min(gap.1, text.count - 1)
        guard gap.0 < end else { return false }
        return (gap.0..<end).contains { offset in
            guard offset < skipped.start || offset >= skipped.end else { return false }
            if text[offset] == "\n" { return true }
            return [".", "?", "!"].contains(text[offset]) && text[offset + 1] == " "
        }
    }

    /// Whether the last non-space character before `offset` in its paragraph is a letter or digit.
    private static func followsAWord(_ offset: Int, in text: ScalarText) -> Bool {
        var position = offset - 1
        while position >= 0, text[position] == " " { position -= 1 }
        guard position >= 0 else { return false }
        return text[position].properties.isAlphabetic || ("0"..."9").contains(text[position])
    }

    /// Whether `span` opens with a parenthesis, or an opening parenthesis or bracket before it
    /// in its paragraph is not closed before it.
    private static func isInsideParentheses(_ span: TextSpan, in text: ScalarText) -> Bool {
        if span.start + 1 < text.count, ["(", "["].contains(text[span.start + 1]) { return true }
        var depth = 0
        var position = min(span.start, text.count) - 1
        while position >= 0, text[position] != "\n" {
            switch text[position] {
            case ")", "]": depth += 1
            case "(", "[": depth -= 1
            default: break
            }
            if depth < 0 { return true }
            position -= 1
        }
        return false
    }
}
