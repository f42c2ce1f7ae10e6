/// Everything the user has loaded: articles, their quotes, and the speakers they quote.
///
/// A value: a command that fails part-way works on a copy, so the session it started from is
/// never left half-changed.
public struct Session: Codable, Hashable, Sendable {
    public internal(set) var articles: [Article] = []
    public internal(set) var quotes: [Quote] = []
    var nextArticleNumber = 1
    var nextQuoteNumber = 1
    /// Fields added to speakers, by speaker name; left out of session files when empty.
    var speakerFields: [String: Fields]?

    public init() {}

    /// Adds an article: runs `pipeline` over its text and gives the article and its quotes
    /// their session ids. Every article enters a session this way. Nil, and the session
    /// unchanged, when the ids would pass `largestNumber` (only a session file edited to
    /// count from near there gets so far), so that no session is saved that `open` refuses.
    @discardableResult
    public mutating func add(_ source: ArticleSource, pipeline: ExtractionPipeline = .standard) -> Article? {
        add(ExtractedArticle(source, pipeline: pipeline))
    }

    /// Adds an article extracted beforehand (perhaps on another thread), as `add(_:pipeline:)`
    /// does.
    @discardableResult
    public mutating func add(_ extracted: ExtractedArticle) -> Article? {
        let (source, extraction) = (extracted.source, extracted.extraction)
        // Both counters are at most `largestNumber` (2^53), so these sums cannot overflow.
        guard nextArticleNumber + 1 <= Self.largestNumber,
              nextQuoteNumber + extraction.quotes.count <= Self.largestNumber else { return nil }
        let articleID = "a\(nextArticleNumber)"
        nextArticleNumber += 1
        let article = Article(id: articleID, source: source, paragraphs: extraction.paragraphs, speakers: extraction.speakers)
        articles.append(article)
        for var quote in extraction.quotes {
            quote.id = "q\(nextQuoteNumber)"
            quote.article = articleID
            quotes.append(quote)
            nextQuoteNumber += 1
        }
        return article
    }

    /// Makes room for `count` more quotes at once, before a batch of articles is added: the
    /// quotes' array then grows once, not by doubling (which briefly holds it twice over).
    /// Room is made in steps of at least half the array, so that many small batches still
    /// cost time linear in the quotes.
    public mutating func reserveRoom(forQuotes count: Int) {
        let needed = quotes.count + count
        guard needed > quotes.capacity else { return }
        quotes.reserveCapacity(quotes.isEmpty ? needed : max(needed, quotes.count + quotes.count / 2))
    }

    /// Takes the loader's facts that older session files kept among articles' fields into
    /// their properties.
    mutating func movingLoaderFactsOutOfFields() {
        for index in articles.indices { articles[index].movingLoaderFactsOutOfFields() }
    }

    /// The article with this id.
    public func article(_ id: String) -> Article? { articles.first { $0.id == id } }

    /// The quote with this id.
    public func quote(_ id: String) -> Quote? { quotes.first { $0.id == id } }

    /// The quotes of one article, in text order.
    public func quotes(in articleID: String) -> [Quote] { quotes.filter { $0.article == articleID } }

    /// Removes an article and its quotes; returns false when there is no such article.
    @discardableResult
    public mutating func unload(_ articleID: String) -> Bool {
        guard articles.contains(where: { $0.id == articleID }) else { return false }
        articles.removeAll { $0.id == articleID }
        quotes.removeAll { $0.article == articleID }
        return true
    }

    /// Empties the session; ids start again from `a1` and `q1`.
    public mutating func reset() { self = Session() }

    /// The speakers of the given articles (all when empty), one per entity, most quoted first.
    public func speakers(in articleIDs: [String] = []) -> [Speaker] {
        let wanted = Set(articleIDs)
        let chosen = wanted.isEmpty ? articles : articles.filter { wanted.contains($0.id) }
        var speakers = SpeakerDirectory.merging(chosen.flatMap(\.speakers)).sorted {
            ($0.quoteCount, $1.name) > ($1.quoteCount, $0.name)
        }
        guard let speakerFields else { return speakers }
        let index = SpeakerIndex(speakers)
        for (name, fields) in speakerFields {
            if let entry = index.match(name) { speakers[entry].fields.merge(fields) { $1 } }
        }
        return speakers
    }
}
