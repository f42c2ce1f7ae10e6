import VerbatimCore
import VerbatimShell

/// `compare-benchmark PATH...`: the time and accuracy of `compare --all` on large sessions.
struct CompareBenchmarkCommand: Command {
    let signature = CommandSignature(
        name: "compare-benchmark", summary: "Time compare --all on large sessions with planted quote copies, and score its verdicts.",
        argumentsSynopsis: "PATH...", arguments: .files, minimumArguments: 1, maximumArguments: nil,
        options: [
            OptionSpec(name: "sizes", valueName: "N,N…", help: "Session sizes in articles (default 1000,10000)."),
            OptionSpec(name: "seed", valueName: "N", help: "Seed of the planted changes (default 1)."),
            OptionSpec(name: "confusions", help: "List, per size, how often each planted change got each verdict."),
            OptionSpec(name: "lengths", help: "List, per size, recall by the copied quote's length in words."),
            OptionSpec(name: "corpus", valueName: "FILE", help: "Write the articles of the largest session to FILE as JSON Lines, and time nothing."),
        ],
        listsRows: true,
        discussion: """
        Builds a session of each size from the texts (article i is text i mod the number of \
        texts, so big sessions repeat them), and gives a fifth of the articles an extra \
        paragraph copying a direct quote of an earlier article of another text, changed one \
        of seven ways in turn: verbatim, variant (a comma added), altered (two words \
        replaced), trimmed (the first third cut), extended (words added), unquoted (as \
        narration) or misattributed (another person named), and an opening paragraph with \
        another direct quote of that article as it is, as a story of the same event has. Then \
        times what compare --all \
        runs (indexing, matching, judging) on one core and scores the verdicts on the planted \
        paragraphs. Columns: articles, words, planted, seconds, ms_per_article, growth (time \
        per article over the first size's), repeated (quotations found more than once), \
        precision (right verdicts over verdicts given on planted paragraphs), recall (planted \
        copies given the right verdict, judged against the copied quote), copies_verbatim \
        (share of verdicts between identical copies that say verbatim). With --confusions: \
        articles, planted (the change made), verdict (the one given; none, or wrong reference \
        when judged against another quotation), count. With --lengths: articles, words (the \
        copied quote's length: 1-5, 6-10, 11-20, 21+; copied quotes have 8 to 60), planted, \
        recall, altered (altered copies planted), altered_recall. With --corpus FILE, the \
        articles of the largest session are written to FILE instead (as --to writes), one JSON \
        record each: id (p and the article's number), outlet and date (those of the article's \
        text, when the texts have them: a corpus's records), text; the table lists the file. \
        Build with -c release.
        """,
        examples: ["compare-benchmark ../shared/corpus/polnear/train/text ../shared/corpus/polnear/dev/text",
                   "compare-benchmark Scripts/articles --sizes 100,1000",
                   "compare-benchmark ../shared/corpus/polnear/train/text --lengths",
                   "compare-benchmark polnear.jsonl --sizes 2000 --corpus planted.jsonl"],
        helpSection: LabCommands.helpSection)

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let sizes = try (invocation.option("sizes") ?? "1000,10000").split(separator: ",").map { value throws -> Int in
            guard let size = Int(value), size > 0 else {
                throw ShellError.usage("--sizes takes positive numbers, not \"\(value)\"")
            }
            return size
        }
        let seed = try invocation.option("seed").map { value throws -> UInt64 in
            guard let seed = UInt64(value) else { throw ShellError.usage("--seed takes a number, not \"\(value)\"") }
            return seed
        } ?? 1
        var loader = shell.articleLoader()
        let bases = try loader.allSources(for: invocation.arguments)
        let benchmark = ComparisonBenchmark(texts: bases.map(\.text))
        if let path = invocation.option("corpus") {
            return try writeCorpus(benchmark.sources(articles: sizes.max()!, seed: seed), bases: bases, to: path, in: shell)
        }
        var table = Table(columns: ["articles", "words", "planted", "seconds", "ms_per_article", "growth", "repeated",
                                    "precision", "recall", "copies_verbatim"])
        var confusions = Table(columns: ["articles", "planted", "verdict", "count"])
        var lengths = Table(columns: ["articles", "words", "planted", "recall", "altered", "altered_recall"])
        var firstPerArticle: Double?
        for size in sizes {
            if shell.isInterrupted() { throw ShellError.interrupted }
            let result = benchmark.run(articles: size, seed: seed)
            let perArticle = result.seconds / Double(size)
            firstPerArticle = firstPerArticle ?? perArticle
            table.append([.integer(size), .integer(result.words), .integer(result.planted), .number(result.seconds),
                          .number(perArticle * 1000), .number(perArticle / firstPerArticle!), .integer(result.repeatedQuotations),
                          .number(result.precision), .number(result.recall), .number(result.copiesVerbatim)])
            for (pair, count) in result.confusions.sorted(by: { $0.key < $1.key }) {
                let parts = pair.components(separatedBy: "→")
                confusions.append([.integer(size), .text(parts[0]), .text(parts[1]), .integer(count)])
            }
            for bucket in result.byLength {
                let words = bucket.words.upperBound == .max ? "\(bucket.words.lowerBound)+" : "\(bucket.words.lowerBound)-\(bucket.words.upperBound)"
                lengths.append([.integer(size), .text(words), .integer(bucket.planted), .share(bucket.found, of: bucket.planted),
                                .integer(bucket.alteredPlanted), .share(bucket.alteredFound, of: bucket.alteredPlanted)])
            }
        }
        if invocation.flag("lengths") { return .table(lengths) }
        return .table(invocation.flag("confusions") ? confusions : table)
    }

    /// Writes the articles as JSON Lines to `path` (as `--to` writes), each with the outlet and date
    /// of the text it was made from.
    private func writeCorpus(_ sources: [ArticleSource], bases: [ArticleSource], to path: String, in shell: Shell) throws -> CommandOutput {
        var records = Table(columns: ["id", "outlet", "date", "text"])
        for (index, source) in sources.enumerated() {
            let base = bases[index % bases.count]
            records.append([.text("p\(index)"), Value(base.outlet), Value(base.date), .text(source.text)])
        }
        let bytes = TableRenderer().renderedBytes(records, as: .jsonl, neutralisingFormulas: false)
        try bytes.withUnsafeBufferPointer { try shell.writeFile($0, to: path, instead: "--corpus") }
        return .table(Table(columns: ["file", "articles"], rows: [[.text(path), .integer(sources.count)]]))
    }
}
