/// Changes made to a session from outside extraction: quotes and fields that plugins add.
extension Session {
    /// Adds a quotation found by other means, with the next quote id; it is placed among its
    /// article's quotes in text order, and its speaker joins the article's speakers.
    @discardableResult
    public mutating func addQuote(
        article articleID: String, span: TextSpan, kind: QuoteKind, speaker: String? = nil, cue: String? = nil
    ) throws(SessionChangeError) -> Quote {
        guard let articleIndex = articles.firstIndex(where: { $0.id == articleID }) else { throw .noArticle(articleID) }
        let text = ScalarText(articles[articleIndex].text)
        guard span.start >= 0, span.start < span.end, span.end <= text.count else {
            throw .spanOutside(span, articleID, length: text.count)
        }
        let quote = Quote(id: "q\(nextQuoteNumber)", article: articleID, span: span, text: text.string(span), kind: kind,
                          speaker: speaker, cue: cue)
        nextQuoteNumber += 1
        let position = quotes.lastIndex { $0.article == articleID && $0.span.start <= span.start }.map { $0 + 1 }
            ?? quotes.firstIndex { $0.article == articleID } ?? quotes.count
        quotes.insert(quote, at: position)
        if let speaker, kind.isSpeech {
            let entry = SpeakerDirectory.add(Speaker(name: speaker), to: &articles[articleIndex].speakers)
            articles[articleIndex].speakers[entry].quoteCount += 1
        }
        return quote
    }

    /// Sets (or, with nil, removes) a field of an article.
    public mutating func setField(_ name: String, to value: FieldValue?, onArticle id: String) throws(SessionChangeError) {
        guard let index = articles.firstIndex(where: { $0.id == id }) else { throw .noArticle(id) }
        articles[index].fields[name] = value
    }

    /// Sets (or, with nil, removes) a field of a quote.
    public mutating func setField(_ name: String, to value: FieldValue?, onQuote id: String) throws(SessionChangeError) {
        guard let index = quotes.firstIndex(where: { $0.id == id }) else { throw .noQuote(id) }
        quotes[index].fields[name] = value
    }

    /// Sets (or, with nil, removes) a field of a speaker, named as `speakers` lists it.
    public mutating func setField(_ name: String, to value: FieldValue?, onSpeaker speaker: String) throws(SessionChangeError) {
        guard let entry = SpeakerDirectory.match(speaker, in: speakers()) else { throw .noSpeaker(speaker) }
        let canonical = speakers()[entry].name
        var all = speakerFields ?? [:]
        all[canonical, default: [:]][name] = value
        speakerFields = all.filter { !$0.value.isEmpty }.isEmpty ? nil : all.filter { !$0.value.isEmpty }
    }
}

/// Why a change to the session cannot be made.
public enum SessionChangeError: Error, Equatable, Sendable {
    case noArticle(String)
    case noQuote(String)
    case noSpeaker(String)
    case spanOutside(TextSpan, String, length: Int)

    public var message: String {
        switch self {
        case .noArticle(let id): "no article \(id)"
        case .noQuote(let id): "no quote \(id)"
        case .noSpeaker(let name): "no speaker \"\(name)\""
        case .spanOutside(let span, let id, let length):
            "the span \(span.start)–\(span.end) is not inside \(id), which has \(length) characters"
        }
    }
}
