import VerbatimCore

/// What `report` shows, whatever the format: the quotations shared by two articles or more
/// (compare --all's groups, numbered in provenance order), how each outlet carries them, and
/// the articles with their quotations.
struct CoverageReport {
    /// One shared quotation: its occurrences in time order, the earliest first.
    struct Group {
        var number: Int
        var occurrences: [QuoteOccurrence]
    }

    /// How one outlet carries the report's quotations.
    struct OutletSummary {
        var outlet: String
        /// Its articles in the report.
        var articles: Int
        /// The shared quotations it carries at least once.
        var quotations: Int
        /// Its occurrences by verdict.
        var verdicts: [QuoteVerdict: Int]

        var occurrences: Int { verdicts.values.reduce(0, +) }
    }

    /// The verdicts an occurrence of a group can have, in the order the summary shows them.
    static let verdicts: [QuoteVerdict] = [.original, .verbatim, .variant, .trimmed, .extended, .altered, .unquoted,
                                           .misattributed, .possible, .repeat]

    /// The name an article is summarised under: its outlet, or a stand-in for none.
    static func outletName(_ article: Article) -> String { article.outlet ?? "(outlet unknown)" }

    /// What a report is asked for.
    struct Request {
        var title: String
        /// The articles to compare and show; nil for the whole session.
        var articles: [String]?
        var minimumConfidence = QuoteMatcher.defaultMinimumConfidence
        /// Only quotations with an occurrence of this verdict.
        var only: QuoteVerdict?
        /// The article whose quotes the others are judged against, instead of the earliest.
        var against: String?
    }

    var request: Request
    var title: String { request.title }
    /// The articles reported on, in load order.
    var articles: [Article]
    /// The session's articles by id.
    var article: OccurrenceTable.Articles
    /// The quotations shown: `sharedCount` of them, or those with an occurrence of `request.only`.
    var groups: [Group]
    /// How many quotations two articles or more share, whether shown or not.
    var sharedCount: Int
    /// How each outlet carries all the shared quotations (not only those shown).
    var outlets: [OutletSummary]
    /// Each article's quotes, in text order.
    var quotes: [String: [Quote]]
    /// The group each quote belongs to.
    var groupOfQuote: [String: Int]
    /// Each article's occurrences without quote marks, with their group's number.
    var unquoted: [String: [(group: Int, occurrence: QuoteOccurrence)]]

    /// The report `request` asks for on `session`.
    init(_ session: Session, _ request: Request, isInterrupted: () -> Bool = { false }) throws(ShellError) {
        self.request = request
        var matcher = QuoteMatcher(session, articles: request.articles)
        matcher.minimumConfidence = request.minimumConfidence
        let chosen = request.articles.map(Set.init)
        articles = session.articles.filter { chosen?.contains($0.id) ?? true }
        article = OccurrenceTable.Articles(session)
        let found = request.against.map { matcher.groups(against: $0, of: session) } ?? matcher.groups()
        var shared: [[QuoteOccurrence]] = []
        for occurrences in found {
            if isInterrupted() { throw ShellError.interrupted }
            if Set(occurrences.map(\.article)).count > 1 { shared.append(occurrences) }
        }
        sharedCount = shared.count
        outlets = Self.summaries(articles: articles, groups: shared)
        groups = []
        for occurrences in shared where request.only.map({ only in occurrences.contains { $0.verdict == only } }) ?? true {
            groups.append(Group(number: groups.count + 1, occurrences: occurrences))
        }
        quotes = Dictionary(grouping: session.quotes.filter { chosen?.contains($0.article) ?? true }, by: \.article)
        groupOfQuote = [:]
        unquoted = [:]
        for group in groups {
            for occurrence in group.occurrences {
                if let quote = occurrence.quote {
                    groupOfQuote[quote] = group.number
                } else {
                    unquoted[occurrence.article, default: []].append((group.number, occurrence))
                }
            }
        }
    }

    /// One summary per outlet, in the order outlets first appear among the articles.
    private static func summaries(articles: [Article], groups: [[QuoteOccurrence]]) -> [OutletSummary] {
        var order: [String] = []
        var summaries: [String: OutletSummary] = [:]
        var outletOfArticle: [String: String] = [:]
        for article in articles {
            let name = outletName(article)
            outletOfArticle[article.id] = name
            if summaries[name] == nil {
                order.append(name)
                summaries[name] = OutletSummary(outlet: name, articles: 0, quotations: 0, verdicts: [:])
            }
            summaries[name]!.articles += 1
        }
        for group in groups {
            var carriers = Set<String>()
            for occurrence in group {
                guard let name = outletOfArticle[occurrence.article] else { continue }
                summaries[name]!.verdicts[occurrence.verdict, default: 0] += 1
                carriers.insert(name)
            }
            for name in carriers { summaries[name]!.quotations += 1 }
        }
        return order.map { summaries[$0]! }
    }
}
