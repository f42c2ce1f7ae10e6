/// Makes many changes to a session (a plugin's answer) at a cost that does not grow with the
/// changes made before: articles, quotes and speakers are looked up through indexes built
/// once, each article's text is read once, and added quotes are placed among their
/// article's quotes in one pass when the editing is `finished`. Speakers are indexed by name
/// (each article's, and the session's, built once), and a quote's speaker is added to the
/// indexes as it comes, so N changes naming N different speakers cost O(N).
public struct SessionEditor {
    private var session: Session
    private let articleIndex: [String: Int]
    /// Where each quote of the session was, by id; built on first use.
    private var quoteIndex: [String: Int]?
    /// Article texts, read once each, by article index.
    private var texts: [Int: ScalarText] = [:]
    /// Quotes added, in the order they were added, by article index; and the articles in the
    /// order of their first added quote.
    private var added: [Int: [Quote]] = [:]
    private var articlesAddedTo: [Int] = []
    /// Where each added quote is: its article's index and its place in `added`.
    private var addedQuoteIndex: [String: (article: Int, position: Int)] = [:]
    /// The speakers of articles that quotes were added to, indexed, by article index; written
    /// back to the articles when the session's speakers are gathered or the editing finished.
    private var articleSpeakers: [Int: SpeakerIndex] = [:]
    /// The session's speakers, as `Session.speakers` lists them, indexed; nil until needed.
    private var sessionSpeakers: SpeakerIndex?
    /// How many times the session's speakers were gathered and indexed (for tests of the cost).
    private(set) var speakerIndexBuilds = 0

    /// An editor of `session`.
    public init(_ session: Session) {
        self.session = session
        var articleIndex: [String: Int] = [:]
        for (index, article) in session.articles.enumerated() where articleIndex[article.id] == nil { articleIndex[article.id] = index }
        self.articleIndex = articleIndex
    }

    /// Adds a quotation found by other means, with the next quote id; it is placed among its
    /// article's quotes in text order (after those starting at or before it), and its speaker
    /// joins the article's speakers.
    @discardableResult
    public mutating func addQuote(
        article articleID: String, span: TextSpan, kind: QuoteKind, speaker: String? = nil, cue: String? = nil
    ) throws(SessionChangeError) -> Quote {
        guard let articleIndex = articleIndex[articleID] else { throw .noArticle(articleID) }
        let text = texts[articleIndex] ?? ScalarText(session.articles[articleIndex].text)
        texts[articleIndex] = text
        guard span.start >= 0, span.end <= text.count else { throw .spanOutside(span, articleID, length: text.count) }
        guard span.start < span.end else { throw .spanEmpty(span) }
        guard session.nextQuoteNumber < Session.largestNumber else { throw .quoteNumbersUsedUp }
        let quote = Quote(id: "q\(session.nextQuoteNumber)", article: articleID, span: span, text: text.string(span), kind: kind,
                          speaker: speaker, cue: cue)
        session.nextQuoteNumber += 1
        if added[articleIndex] == nil { articlesAddedTo.append(articleIndex) }
        addedQuoteIndex[quote.id] = (articleIndex, added[articleIndex, default: []].count)
        added[articleIndex, default: []].append(quote)
        if let speaker, kind.isSpeech {
            var speakers = articleSpeakers.removeValue(forKey: articleIndex) ?? SpeakerIndex(session.articles[articleIndex].speakers)
            let known = speakers.match(speaker).map { speakers.speakers[$0] }
            let entry = speakers.add(Speaker(name: speaker))
            speakers.countQuotes(1, at: entry)
            let record = speakers.speakers[entry]
            articleSpeakers[articleIndex] = speakers
            // Only a new speaker, or a new name for one (names only grow), changes which
            // names the session's index finds.
            if known?.name != record.name || known?.aliases.count != record.aliases.count {
                sessionSpeakers?.add(Speaker(name: record.name, aliases: record.aliases))
            }
        }
        return quote
    }

    /// Sets (or, with nil, removes) a field of an article.
    public mutating func setField(_ name: String, to value: FieldValue?, onArticle id: String) throws(SessionChangeError) {
        guard let index = articleIndex[id] else { throw .noArticle(id) }
        session.articles[index].fields[name] = value
    }

    /// Sets (or, with nil, removes) a field of a quote, one of the session's or one added here.
    public mutating func setField(_ name: String, to value: FieldValue?, onQuote id: String) throws(SessionChangeError) {
        if let (article, position) = addedQuoteIndex[id] {
            added[article]?[position].fields[name] = value
            return
        }
        let index = quoteIndex ?? Dictionary(session.quotes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        quoteIndex = index
        guard let position = index[id] else { throw .noQuote(id) }
        session.quotes[position].fields[name] = value
    }

    /// Sets (or, with nil, removes) a field of a speaker, named as `Session.speakers` lists it.
    public mutating func setField(_ name: String, to value: FieldValue?, onSpeaker speaker: String) throws(SessionChangeError) {
        let speakers = sessionSpeakers ?? gatheredSpeakers()
        sessionSpeakers = speakers
        guard let entry = speakers.match(speaker) else { throw .noSpeaker(speaker) }
        session.speakerFields = session.speakerFields ?? [:]
        session.speakerFields?[speakers.speakers[entry].name, default: [:]][name] = value
    }

    /// The session's speakers, with the articles' speakers as edited so far, indexed.
    private mutating func gatheredSpeakers() -> SpeakerIndex {
        writeBackArticleSpeakers()
        speakerIndexBuilds += 1
        return SpeakerIndex(session.speakers())
    }

    private mutating func writeBackArticleSpeakers() {
        for (article, speakers) in articleSpeakers { session.articles[article].speakers = speakers.speakers }
    }

    /// The session with every change made.
    public consuming func finished() -> Session {
        writeBackArticleSpeakers()
        if !added.isEmpty { session.quotes = mergingAddedQuotes() }
        if let fields = session.speakerFields?.filter({ !$0.value.isEmpty }) { session.speakerFields = fields.isEmpty ? nil : fields }
        return session
    }

    /// The session's quotes with the added ones among them: each article's quotes stay
    /// together where they were, added quotes after those that start at or before them;
    /// the quotes of an article that had none come last.
    private func mergingAddedQuotes() -> [Quote] {
        var merged: [Quote] = []
        merged.reserveCapacity(session.quotes.count + added.values.reduce(0) { $0 + $1.count })
        var existing: [Int: [Quote]] = [:]
        for quote in session.quotes { if let article = articleIndex[quote.article], added[article] != nil { existing[article, default: []].append(quote) } }
        var placed = Set<Int>()
        for quote in session.quotes {
            guard let article = articleIndex[quote.article], let new = added[article] else {
                merged.append(quote)
                continue
            }
            if placed.insert(article).inserted { merged += Self.merge(existing[article] ?? [], new) }
        }
        for article in articlesAddedTo where placed.insert(article).inserted { merged += Self.merge([], added[article] ?? []) }
        return merged
    }

    /// Quotes in text order from `existing` (in text order) and `new` (in the order they were
    /// added), each new quote after every quote starting at or before it.
    private static func merge(_ existing: [Quote], _ new: [Quote]) -> [Quote] {
        let sorted = new.enumerated().sorted { ($0.element.span.start, $0.offset) < ($1.element.span.start, $1.offset) }.map(\.element)
        var merged: [Quote] = []
        merged.reserveCapacity(existing.count + sorted.count)
        var next = 0
        for quote in sorted {
            while next < existing.count, existing[next].span.start <= quote.span.start {
                merged.append(existing[next])
                next += 1
            }
            merged.append(quote)
        }
        return merged + existing[next...]
    }
}
