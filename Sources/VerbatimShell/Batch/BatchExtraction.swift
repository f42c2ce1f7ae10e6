import Foundation
import VerbatimCore

/// `verbatim batch extract` and `batch keys`: articles in, one JSON line per quotation (or
/// per article's comparison keys) out, as a stream; `batch compare` reads its articles so.
///
/// Articles come as JSON Lines records (the fields `load` reads: id, text or html, title,
/// url, outlet, date …), or, with `readsPaths`, as lines naming text files and saved web pages.
/// They are read a chunk at a time (`chunkArticles` per thread, at most `chunkBytes`), parsed,
/// extracted and rendered on `jobs` threads and written in input order, so memory holds a
/// chunk, not the corpus. A record that cannot be read is reported by file and line and passed
/// over; with `isStrict` the run stops there.
public struct BatchExtraction {
    /// Threads that extract at once (at most 256); the output is the same for any number.
    public var jobs: Int {
        didSet { jobs = min(max(jobs, 1), LoadCommand.mostJobs) }
    }
    /// Whether input lines name files to read rather than hold JSON records.
    public var readsPaths = false
    /// Whether the first bad record stops the run (status 1).
    public var isStrict = false
    /// Lines longer than this many bytes are passed over.
    var longestLine = BatchExtraction.longestLine
    /// What standard input is called in errors and in the ids of its records without one.
    public var standardInputName = "standard input"
    /// What is written for each article.
    public var output = Output.quotations

    /// What a run writes for each article read.
    public enum Output: Sendable {
        /// One record per quotation (`columns`).
        case quotations
        /// One record of the article's comparison keys (`keyColumns`).
        case keys
        /// Nothing: the articles are handed to `run`'s `collect`.
        case articles
    }

    /// The columns of the records written, one per quotation.
    public static let columns = [
        "article", "url", "outlet", "date", "quote", "start", "end", "text", "kind", "cue", "speaker",
        "source_start", "source_end", "speaker_roles",
    ]

    /// The columns of the records `Output.keys` writes, one per article: its id, its quotes'
    /// distinct wordings (key, words, matches_by_pairs, narration_hits, shingles, pairs, folded, information:
    /// `ComparisonKeys.Wording`) and its
    /// narration's shingles.
    public static let keyColumns = ["article", "wordings", "narration"]

    /// The counts of distinct wordings over which keys are common, as a JSON object: shingle,
    /// pair, and narration_shingle (a shingle of narration).
    public static let keyLimits = """
        {"shingle": \(QuoteMatcher.mostWordingsOfShingle), "pair": \(QuoteMatcher.mostWordingsOfPair), \
        "narration_shingle": \(QuoteMatcher.mostWordingsOfNarrationShingle)}
        """

    /// Articles a chunk holds per thread.
    static let chunkArticles = 16
    /// The most bytes of records (or of the files paths name) a chunk holds; a longer record
    /// is a chunk of its own.
    static let chunkBytes = 64 * 1_048_576
    /// The longest input line read: a record's text at the limit `load` takes, written with
    /// JSON escapes.
    static let longestLine = 2 * LoadLimits.textBytes

    /// What the run did, for the closing status line.
    public struct Summary: Sendable, Equatable {
        public var articles = 0
        public var quotations = 0
        public var skippedRecords = 0
        /// Inputs that could not be opened or read to their end.
        public var failedInputs = 0
        public var stoppedEarly = false

        /// The exit status: 1 when an input failed or a strict run stopped, else 0 (records
        /// passed over are reported, not failures of the run).
        public var status: Int32 { BatchLines.status(failedInputs: failedInputs, stoppedEarly: stoppedEarly) }

        /// "extracted 1,234 quotations from 100 articles; 2 records skipped".
        public var statusLine: String {
            statusLine(opening: "extracted \(quotations) quotation\(quotations == 1 ? "" : "s") from \(articles) article\(articles == 1 ? "" : "s")")
        }

        /// `opening`, then the records skipped and whether the run stopped early.
        public func statusLine(opening: String) -> String {
            BatchLines.statusLine(opening, skipped: skippedRecords, unit: "record", stoppedEarly: stoppedEarly)
        }
    }

    public init() {
        jobs = min(ProcessInfo.processInfo.activeProcessorCount, LoadCommand.mostJobs)
    }

    /// Reads `inputs` in turn ("-", or none at all, for standard input), writing records
    /// through `write` (handing articles and their ids to `collect`, for `Output.articles`)
    /// and problems, one line each, through `report`.
    public func run(_ inputs: [String], write: ([UInt8]) -> Void, collect: (ExtractedArticle, String) -> Void = { _, _ in },
                    report: (String) -> Void) -> Summary {
        withoutActuallyEscaping(write) { write in
            withoutActuallyEscaping(report) { report in
                withoutActuallyEscaping(collect) { collect in
                    var run = Run(settings: self, write: write, collect: collect, report: report)
                    for input in inputs.isEmpty ? ["-"] : inputs {
                        run.read(input)
                        if run.summary.stoppedEarly { break }
                    }
                    run.flush()
                    return run.summary
                }
            }
        }
    }

    /// A line of input waiting in the chunk.
    private enum Item: Sendable {
        /// A JSON record, line `number` of input `name`.
        case record(name: String, number: Int, bytes: [UInt8])
        /// A file to read, named on line `number` of input `name`.
        case path(name: String, number: Int, path: String)
        /// A line refused as it was read.
        case rejected(LoadError)
    }

    /// What an article of the chunk gave: its quotation records, rendered, or why it gave none.
    private enum Outcome: Sendable {
        case written(bytes: [UInt8], quotations: Int)
        case extracted(ExtractedArticle, id: String)
        case rejected(LoadError)
    }

    /// One run's chunk in progress and its counts.
    private struct Run {
        let settings: BatchExtraction
        let write: ([UInt8]) -> Void
        let collect: (ExtractedArticle, String) -> Void
        let report: (String) -> Void
        var summary = Summary()
        var loader = ArticleLoader()
        /// The chunk: lines read and not yet extracted, in input order.
        var pending: [Item] = []
        /// The bytes of the chunk's records, or of the files its paths name.
        var pendingBytes = 0

        init(settings: BatchExtraction, write: @escaping ([UInt8]) -> Void, collect: @escaping (ExtractedArticle, String) -> Void,
             report: @escaping (String) -> Void) {
            self.settings = settings
            self.write = write
            self.collect = collect
            self.report = report
        }

        mutating func read(_ input: String) {
            let name = input == "-" ? settings.standardInputName : input
            let lines: LineStream
            do {
                lines = input == "-" ? try .standardInput(named: name, longestLine: settings.longestLine)
                    : try LineStream(path: input, longestLine: settings.longestLine)
            } catch {
                report(error.localizedDescription)
                summary.failedInputs += 1
                return
            }
            do {
                while let line = try lines.next() {
                    take(line, from: name)
                    if summary.stoppedEarly { return }
                }
            } catch {
                flush()
                if summary.stoppedEarly { return }
                report(error.localizedDescription)
                summary.failedInputs += 1
            }
        }

        private mutating func take(_ line: LineStream.Line, from name: String) {
            switch line {
            case let .tooLong(number, bytes):
                add(.rejected(LoadError(file: name, line: number, reason: "is \(LoadLimits.megabytes(roundingUp: bytes)) long; "
                                        + "lines over \(LoadLimits.megabytes(settings.longestLine)) are not read")), bytes: 0)
            case let .text(number, bytes):
                guard !CorpusReader.isBlank(bytes) else { return }
                guard settings.readsPaths else {
                    // A JSON array opens its file with "[": `load` reads one, a stream does not.
                    if number == 1, CorpusReader.opensArray(bytes) {
                        add(.rejected(LoadError(file: name, line: number, reason: "is a JSON array; batch extract reads JSON Lines, "
                                                + "one article object a line (jq -c '.[]' writes an array so)")), bytes: 0)
                        return
                    }
                    add(.record(name: name, number: number, bytes: bytes), bytes: bytes.count)
                    return
                }
                add(Self.pathItem(bytes, name: name, number: number), bytes: 0)
            }
        }

        /// The file a line of a list names, or why it is refused: not UTF-8, a web address or
        /// a corpus (given as an input instead, so that its records are read a chunk at a time).
        private static func pathItem(_ bytes: [UInt8], name: String, number: Int) -> Item {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                return .rejected(LoadError(file: name, line: number, reason: "is not a path in UTF-8"))
            }
            let path = text.trimmingCharacters(in: .whitespacesAndNewlines)
            func refused(_ reason: String) -> Item { .rejected(LoadError(file: name, line: number, reason: "\(path) \(reason)")) }
            if WebFetcher.isWebAddress(path) { return refused("is a web address; batch extract reads files (load downloads pages)") }
            if ArticleLoader.isCorpus(path) { return refused("is a corpus: give it to batch extract as an input, not in --paths") }
            return .path(name: name, number: number, path: path)
        }

        private mutating func add(_ item: Item, bytes: Int) {
            var size = bytes
            if case let .path(_, _, path) = item {
                var status = stat()
                size = stat(path, &status) == 0 ? Int(status.st_size) : 0
            }
            pending.append(item)
            pendingBytes += size
            if pending.count >= settings.jobs * BatchExtraction.chunkArticles || pendingBytes >= BatchExtraction.chunkBytes { flush() }
        }

        /// Extracts the chunk on every core and writes its quotations in input order, reporting
        /// each line refused where it stands; with `isStrict`, nothing after the first.
        mutating func flush() {
            guard !pending.isEmpty else { return }
            let items = pending
            pending = []
            pendingBytes = 0
            var output: [UInt8] = []
            for outcome in outcomes(of: items) {
                switch outcome {
                case let .written(bytes, quotations):
                    output += bytes
                    summary.articles += 1
                    summary.quotations += quotations
                case let .extracted(article, id):
                    collect(article, id)
                    summary.articles += 1
                    summary.quotations += article.extraction.quotes.count
                case let .rejected(error):
                    write(output)
                    output = []
                    report(error.localizedDescription)
                    summary.skippedRecords += 1
                    if settings.isStrict {
                        summary.stoppedEarly = true
                        return
                    }
                }
            }
            if !output.isEmpty { write(output) }
        }

        /// What each item gives, in order: records parsed and extracted on every core; files
        /// read on every core, then given the metadata of manifests beside them, in order.
        private mutating func outcomes(of items: [Item]) -> [Outcome] {
            let (jobs, output) = (settings.jobs, settings.output)
            guard settings.readsPaths else {
                return items.parallelMap(jobs: jobs) { item in
                    switch item {
                    case let .record(name, number, bytes):
                        do throws(LoadError) {
                            // A record without an id is named by its input and line.
                            let source = try bytes.withUnsafeBufferPointer { line throws(LoadError) in
                                try CorpusReader.source(line: line, file: name, lineNumber: number, label: "\(name):\(number)")
                            }
                            let id = source.file.map { String($0.unicodeScalars.dropFirst(name.unicodeScalars.count + 1)) } ?? ""
                            return BatchExtraction.outcome(of: ExtractedArticle(source), id: id, output: output)
                        } catch {
                            return .rejected(error)
                        }
                    case let .rejected(error): return .rejected(error)
                    case .path: preconditionFailure("paths are read with --paths only")
                    }
                }
            }
            let loader = self.loader
            let readings = items.parallelMap(jobs: jobs) { item -> Result<ArticleLoader.FileReading, LoadError> in
                switch item {
                case let .path(_, _, path): return .success(loader.reading(path))
                case let .rejected(error): return .failure(error)
                case .record: preconditionFailure("records are read without --paths")
                }
            }
            var sources: [Result<ArticleSource, LoadError>] = []
            for (item, reading) in zip(items, readings) {
                guard case let .path(name, number, path) = item, case let .success(reading) = reading else {
                    if case let .failure(error) = reading { sources.append(.failure(error)) }
                    continue
                }
                let (found, problems) = self.loader.finishing(reading)
                // A problem names the list's line, then the file.
                sources += problems.map { .failure(LoadError(file: name, line: number, reason: $0.localizedDescription)) }
                sources += found.map { var source = $0; source.file = path; return .success(source) }
            }
            return sources.parallelMap(jobs: jobs) { source in
                switch source {
                case let .success(source): return BatchExtraction.outcome(of: ExtractedArticle(source), id: source.file ?? "", output: output)
                case let .failure(error): return .rejected(error)
                }
            }
        }
    }

    /// What `output` makes of an article: its quotation records or its keys, rendered as JSON
    /// Lines, or the article itself.
    private static func outcome(of article: ExtractedArticle, id: String, output: Output) -> Outcome {
        let table: Table
        switch output {
        case .quotations: table = Table(columns: columns, rows: rows(of: article, id: id))
        case .keys: table = Table(columns: keyColumns, rows: [keyRow(of: article, id: id)])
        case .articles: return .extracted(article, id: id)
        }
        return .written(bytes: TableRenderer().renderedBytes(table, as: .jsonl, neutralisingFormulas: false),
                        quotations: article.extraction.quotes.count)
    }

    /// The comparison keys of one article, as a record of `keyColumns`.
    static func keyRow(of article: ExtractedArticle, id: String) -> [Value] {
        let keys = ComparisonKeys(text: article.source.text, quotes: article.extraction.quotes)
        func numbers(_ values: [Int64]) -> Value { .list(values.map { .integer(Int($0)) }) }
        return [
            .text(id),
            .list(keys.wordings.map { wording in
                .record([.init("key", .integer(Int(wording.key))), .init("words", .integer(wording.words)),
                         .init("matches_by_pairs", .bool(wording.matchesByPairs)), .init("narration_hits", .integer(wording.narrationHits)),
                         .init("shingles", numbers(wording.shingles)), .init("pairs", numbers(wording.pairs)),
                         .init("folded", .list(wording.folded.map(Value.text))),
                         .init("information", .list(wording.information.map { .number(Double($0)) }))])
            }),
            numbers(keys.narration),
        ]
    }

    /// The quotation records of one article, in text order.
    static func rows(of article: ExtractedArticle, id: String) -> [[Value]] {
        let speakers = article.extraction.speakers
        let source = article.source
        return article.extraction.quotes.enumerated().map { index, quote in
            let roles = quote.speaker.flatMap { SpeakerDirectory.match($0, in: speakers) }.map { speakers[$0].roles } ?? []
            return [
                .text(id), Value(source.url), Value(source.outlet), Value(source.date), .integer(index + 1),
                .integer(quote.span.start), .integer(quote.span.end), .text(quote.text), .text(quote.kind.rawValue),
                Value(quote.cue), Value(quote.speaker), Value(quote.speakerMention?.start), Value(quote.speakerMention?.end),
                .list(roles.map(Value.text)),
            ]
        }
    }
}
