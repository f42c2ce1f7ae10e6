import VerbatimCore

/// Every speaker entity found in a corpus, for review: one record per entity across articles,
/// merged as a session merges them, with the articles that quote it.
public struct SpeakerListing: Sendable {
    /// An entity and the articles, in corpus order, whose quotes are attributed to it.
    public struct Entry: Sendable {
        public var speaker: Speaker
        public var articles: [String]
    }

    private var entries: [Entry] = []

    public init() {}

    /// Adds the speakers found in one article.
    public mutating func add(article: String, speakers: [Speaker]) {
        var records = entries.map(\.speaker)
        for speaker in speakers {
            let index = SpeakerDirectory.add(speaker, to: &records)
            if index == entries.count { entries.append(Entry(speaker: speaker, articles: [])) }
            entries[index].speaker = records[index]
            if entries[index].articles.last != article { entries[index].articles.append(article) }
        }
    }

    /// The entities, most quoted first, then by name.
    public var byQuoteCount: [Entry] {
        entries.sorted {
            ($0.speaker.quoteCount, $1.speaker.name) > ($1.speaker.quoteCount, $0.speaker.name)
        }
    }
}
