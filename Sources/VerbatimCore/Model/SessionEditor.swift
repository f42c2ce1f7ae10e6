/// Makes many changes to a session (a plugin's answer) at a cost that does not grow with the
/// changes made before: articles, quotes and speakers are looked up through indexes built
/// once, each article's text is read once, and added quotes are placed among their
/// article's quotes in one pass when the editing is `finished`. The speaker index is built
/// again only after a quote adds a speaker or a new name for one.
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
    /// The session's speakers and an index of their names; nil until needed again.
    private var speakers: (list: [Speaker], byName: [String: Int])?
    /// How many times the speakers were gathered and indexed (for tests of the cost).
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
            let known = SpeakerDirectory.match(speaker, in: session.articles[articleIndex].speakers)
                .map { session.articles[articleIndex].speakers[$0] }
            let entry = SpeakerDirectory.add(Speaker(name: speaker), to: &session.articles[articleIndex].speakers)
            session.articles[articleIndex].speakers[entry].quoteCount += 1
            // Only a new speaker, or a new name for one, changes which names the index finds.
            let record = session.articles[articleIndex].speakers[entry]
            if known?.name != record.name || known?.aliases != record.aliases { speakers = nil }
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
        if speakers == nil {
            speakers = Self.speakerIndex(session.speakers())
            speakerIndexBuilds += 1
        }
        guard let (list, byName) = speakers else { return }
        // A speaker's own name (the usual case) is found in the index; aliases and surnames
        // are matched as SpeakerDirectory does.
        guard let entry = byName[speaker.lowercased()] ?? SpeakerDirectory.match(speaker, in: list) else { throw .noSpeaker(speaker) }
        session.speakerFields = session.speakerFields ?? [:]
        session.speakerFields?[list[entry].name, default: [:]][name] = value
    }

    /// The session with every change made.
    public consuming func finished() -> Session {
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

    /// Speakers with an index of their names, lowercased.
    private static func speakerIndex(_ list: [Speaker]) -> (list: [Speaker], byName: [String: Int]) {
        var byName: [String: Int] = [:]
        for (index, speaker) in list.enumerated() where byName[speaker.name.lowercased()] == nil { byName[speaker.name.lowercased()] = index }
        return (list, byName)
    }
}
