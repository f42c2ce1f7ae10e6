import VerbatimCore

/// The table `compare` and `trace` print: one row per occurrence of a quotation, the
/// occurrences of one quotation together, each in time order.
enum OccurrenceTable {
    static let columns = ["group", "article", "outlet", "date", "file", "quote", "speaker", "verdict", "wording",
                          "similarity", "confidence", "evidence", "information", "reference", "text", "changes", "diff",
                          "coverage", "speakers", "corroborated"]

    /// What each column holds, for the commands' help.
    static let help = """
        Columns: group (the quotation's number), article (id), outlet, date, file (the path it \
        was loaded from; not in the aligned table), quote (id; null where the words appear unquoted), speaker, verdict, \
        wording (the verdict on the words alone, also for unquoted and misattributed \
        occurrences), similarity (0 to 1), confidence (how sure the match is, 0 to 1: the \
        information shared over \(Int(MatchEvidence.certainInformation)); 1 for the original), evidence (the \
        rarest words shared with the reference), information (how much the shared words tell: \
        7 less each word's Zipf frequency, so about 4 for a rare word, 0 for "the"; not in the \
        aligned table, nor are the last three), reference (the id of the quote it is judged against; \
        null for the original), text, changes (the changed words: [-removed-]{+added+}), diff \
        (JSON, CSV and TSV only: the word runs, each {op: equal|replace|insert|delete, from, to}), \
        coverage (the share of the shorter text's words the other has in order), speakers \
        (same, different or unknown: whether both give the words to one person at one time), \
        corroborated (whether the two articles share another quotation matched with \
        confidence, looked for only when a match is not sure enough alone). \
        Verdicts: original (the earliest occurrence, by date then load order), verbatim (the same \
        words once quote marks, apostrophes, case, spacing and closing punctuation are set aside), \
        variant (spelling such as recognise/recognize, or inner punctuation), altered, trimmed, \
        extended, unquoted (the words as narration), misattributed (given to a person with another \
        surname, named nowhere near the quote in either article, in words that say more than a \
        slogan; organisations are not told apart from the people who speak for them), possible \
        (matched with a confidence under --min-confidence: not judged), repeat (the \
        same quotation again in one article, judged against the article's first occurrence, \
        not as another source's version), missing.
        """

    static func table() -> Table {
        var table = Table(columns: columns)
        table.detailColumns = ["file", "information", "diff", "coverage", "speakers", "corroborated"]
        // What a narrow terminal shows last: who is quoted where, the verdict and the words.
        table.narrowColumns = ["confidence", "evidence", "similarity", "reference", "wording", "quote", "date", "article"]
        return table
    }

    /// A session's articles by id, looked up once per row (`Session.article(_:)` reads through
    /// them all, which made a table of a large session's quotations take quadratic time).
    struct Articles {
        private let session: Session
        private let places: [String: Int]

        init(_ session: Session) {
            self.session = session
            places = Dictionary(session.articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        }

        subscript(id: String) -> Article? { places[id].map { session.articles[$0] } }
    }

    /// Appends the occurrences of quotation number `group`.
    static func append(_ occurrences: [QuoteOccurrence], group: Int, to table: inout Table, articles: Articles) {
        for occurrence in occurrences {
            let article = articles[occurrence.article]
            let reference = occurrence.reference.flatMap { occurrences[$0].quote }
            table.append([
                .integer(group), .text(occurrence.article), Value(article?.outlet), Value(article?.date), Value(article?.file),
                Value(occurrence.quote), Value(occurrence.speaker), .text(occurrence.verdict.rawValue),
                .text(occurrence.wording.rawValue), .number(occurrence.similarity), .number(occurrence.confidence),
                Value(occurrence.evidence.map { $0.rareWords.joined(separator: " ") }), occurrence.evidence.map { .number($0.information) } ?? .null,
                Value(reference),
                .text(occurrence.text), .text(changes(occurrence.diff)), diffValue(occurrence.diff),
                occurrence.evidence.map { .number($0.coverage) } ?? .null, Value(occurrence.evidence?.speakers.rawValue),
                occurrence.evidence.map { .bool($0.isCorroborated) } ?? .null,
            ])
        }
    }

    /// A row saying that `article` has no occurrence of quotation number `group`.
    static func appendMissing(_ article: Article, group: Int, to table: inout Table) {
        table.append([.integer(group), .text(article.id), Value(article.outlet), Value(article.date), Value(article.file),
                      .null, .null, .text(QuoteVerdict.missing.rawValue), .null, .null, .null, .null, .null, .null, .null,
                      .text(""), .null, .null, .null, .null])
    }

    /// The changed runs only: "[-sham-]{+phony+} [-futile-]{+failed+}".
    static func changes(_ diff: WordDiff?) -> String {
        guard let diff else { return "" }
        return WordDiff(runs: diff.runs.filter { $0.operation != .equal }).markedText
    }

    static func diffValue(_ diff: WordDiff?) -> Value {
        guard let diff else { return .null }
        return .list(diff.runs.map { run in
            .record([.init("op", .text(run.operation.rawValue)), .init("from", .text(run.from.joined(separator: " "))),
                     .init("to", .text(run.to.joined(separator: " ")))])
        })
    }
}
