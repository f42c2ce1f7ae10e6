import VerbatimCore

/// `verbatim batch compare`: the verdict table of `compare --all` over the articles read, as
/// JSON Lines, naming articles and quotes by the records' ids rather than by session ids.
///
/// The articles may be a part of a larger corpus with no link to the rest (no wording in common,
/// no match, no narration carrying another's wording: `BatchLinks`), told the corpus's common
/// keys (`commonKeys`): the part's verdicts are then those of comparing the whole corpus.
/// Spark's compare job cuts a corpus so.
public struct BatchComparison {
    /// How articles are read: threads, strictness, what standard input is called.
    public var reading = BatchExtraction()
    /// The keys common in the whole corpus the articles come from.
    public var commonKeys = QuoteMatcher.CommonKeys()
    /// Matches less sure than this are shown as `possible`.
    public var minimumConfidence = QuoteMatcher.defaultMinimumConfidence

    /// The columns written: those of `compare`'s table without `file`, and with the
    /// occurrence's span (`start`, `end`, in code points) after `quote`. Quotes are named
    /// `ARTICLE#N`, the Nth quotation of record ARTICLE (as `batch extract` numbers them).
    public static let columns: [String] = {
        var columns = OccurrenceTable.columns.filter { $0 != "file" }
        columns.insert(contentsOf: ["start", "end"], at: columns.firstIndex(of: "quote")! + 1)
        return columns
    }()

    /// What the run did, for the closing status line.
    public struct Summary: Sendable, Equatable {
        public var reading = BatchExtraction.Summary()
        /// Quotations found in more than one article.
        public var groups = 0

        public var status: Int32 { reading.status }

        /// "compared 1,234 quotations of 100 articles: 56 found in more than one".
        public var statusLine: String {
            reading.statusLine(opening: "compared \(reading.quotations) quotation\(reading.quotations == 1 ? "" : "s") of "
                               + "\(reading.articles) article\(reading.articles == 1 ? "" : "s"): \(groups) found in more than one")
        }
    }

    public init() {}

    /// Reads `inputs` in turn ("-", or none, for standard input), compares their articles and
    /// writes the table's records through `write`, problems through `report`. A strict run
    /// that stopped compares nothing.
    public func run(_ inputs: [String], write: ([UInt8]) -> Void, report: (String) -> Void) -> Summary {
        var session = Session()
        var ids: [String] = []
        var reading = self.reading
        reading.output = .articles
        var summary = Summary()
        summary.reading = reading.run(inputs, write: { _ in }, collect: { article, id in
            if session.add(article) != nil { ids.append(id) }
        }, report: report)
        guard !summary.reading.stoppedEarly else { return summary }
        var seen = Set<String>()
        for id in ids where !seen.insert(id).inserted { report("the id \(id) names more than one record; its rows are ambiguous") }
        var matcher = QuoteMatcher(session)
        matcher.minimumConfidence = minimumConfidence
        matcher.droppingCommon(commonKeys)
        let names = Names(session, ids: ids)
        let articles = OccurrenceTable.Articles(session)
        for group in matcher.groups() where Set(group.map(\.article)).count >= 2 {
            summary.groups += 1
            var table = OccurrenceTable.table()
            OccurrenceTable.append(group, group: summary.groups, to: &table, articles: articles)
            let rows = zip(group, table.rows).map { occurrence, row in names.row(row, columns: table.columns, span: occurrence.span) }
            write(TableRenderer().renderedBytes(Table(columns: Self.columns, rows: rows), as: .jsonl, neutralisingFormulas: false))
        }
        return summary
    }

    /// Session ids as the records name them.
    private struct Names {
        var articles: [String: String] = [:]
        var quotes: [String: String] = [:]

        init(_ session: Session, ids: [String]) {
            for (article, id) in zip(session.articles, ids) { articles[article.id] = id }
            var numbers: [String: Int] = [:]
            for quote in session.quotes {
                let number = numbers[quote.article, default: 0] + 1
                numbers[quote.article] = number
                quotes[quote.id] = "\(articles[quote.article] ?? quote.article)#\(number)"
            }
        }

        /// A row of `compare`'s table as a row of `columns`: records' ids for session ids, no
        /// file, and the occurrence's span.
        func row(_ row: [Value], columns: [String], span: TextSpan) -> [Value] {
            let cells = Dictionary(uniqueKeysWithValues: zip(columns, row))
            return BatchComparison.columns.map { column in
                switch column {
                case "article": if case let .text(id) = cells[column]! { return .text(articles[id] ?? id) }
                case "quote", "reference": if case let .text(id) = cells[column]! { return .text(quotes[id] ?? id) }
                case "start": return .integer(span.start)
                case "end": return .integer(span.end)
                default: break
                }
                return cells[column]!
            }
        }
    }

    /// The common keys listed in a file (gzip-compressed or not), a key a line: `shingle N`,
    /// `pair N` or `narration N` (a shingle narration does not follow), N a signed 64-bit
    /// number; blank lines and lines opening with # are passed over.
    public static func commonKeys(listedIn path: String) throws(LoadError) -> QuoteMatcher.CommonKeys {
        guard path != "-" else { throw LoadError(file: path, reason: "is standard input, which holds the articles; give a file of keys") }
        let lines = try LineStream(path: path, longestLine: 4096)
        var keys = QuoteMatcher.CommonKeys()
        while let line = try lines.next() {
            guard case let .text(number, bytes) = line else {
                if case let .tooLong(number, _) = line { throw LoadError(file: path, line: number, reason: "is too long to be a key") }
                continue
            }
            let fields = String(decoding: bytes, as: UTF8.self).split { $0 == " " || $0 == "\t" || $0 == "\r" }
            if fields.isEmpty || fields[0].hasPrefix("#") { continue }
            guard fields.count == 2, let key = Int64(fields[1]) else {
                throw LoadError(file: path, line: number, reason: "is not a key (shingle N, pair N or narration N)")
            }
            switch fields[0] {
            case "shingle": keys.shingles.insert(key)
            case "pair": keys.pairs.insert(key)
            case "narration": keys.narrationShingles.insert(key)
            default: throw LoadError(file: path, line: number, reason: "is not a key (shingle N, pair N or narration N)")
            }
        }
        return keys
    }
}
