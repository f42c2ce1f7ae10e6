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

    var title: String
    /// The articles reported on, in load order.
    var articles: [Article]
    /// The same articles by id.
    var article: [String: Article]
    var groups: [Group]
    var outlets: [OutletSummary]
    /// Each article's quotes, in text order.
    var quotes: [String: [Quote]]
    /// The group each quote belongs to.
    var groupOfQuote: [String: Int]
    /// Each article's occurrences without quote marks, with their group's number.
    var unquoted: [String: [(group: Int, occurrence: QuoteOccurrence)]]

    /// The report on `ids` (nil for the whole session): quotations found in two of them or more,
    /// only those with an occurrence of `only` when it is given.
    init(_ session: Session, articles ids: [String]?, minimumConfidence: Double, only: QuoteVerdict?, title: String,
         isInterrupted: () -> Bool = { false }) throws(ShellError) {
        var matcher = QuoteMatcher(session, articles: ids)
        matcher.minimumConfidence = minimumConfidence
        let chosen = ids.map(Set.init)
        articles = session.articles.filter { chosen?.contains($0.id) ?? true }
        article = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.title = title
        groups = []
        for occurrences in matcher.groups() {
            if isInterrupted() { throw ShellError.interrupted }
            guard Set(occurrences.map(\.article)).count > 1 else { continue }
            if let only, !occurrences.contains(where: { $0.verdict == only }) { continue }
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
        outlets = Self.summaries(articles: articles, groups: groups)
    }

    /// One summary per outlet, in the order outlets first appear among the articles.
    private static func summaries(articles: [Article], groups: [Group]) -> [OutletSummary] {
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
            for occurrence in group.occurrences {
                guard let name = outletOfArticle[occurrence.article] else { continue }
                summaries[name]!.verdicts[occurrence.verdict, default: 0] += 1
                carriers.insert(name)
            }
            for name in carriers { summaries[name]!.quotations += 1 }
        }
        return order.map { summaries[$0]! }
    }
}
