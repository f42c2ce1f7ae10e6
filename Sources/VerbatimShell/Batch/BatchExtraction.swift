import Foundation
import VerbatimCore

/// `verbatim batch extract`: articles in, one JSON line per quotation out, as a stream.
///
/// Articles come as JSON Lines records (the fields `load` reads: id, text or html, title,
/// url, outlet, date …), or, with `paths`, as lines naming text files and web pages. They are
/// read a chunk at a time (`chunkArticles` per thread, at most `chunkBytes` of text), extracted
/// on `jobs` threads and written in input order, so memory holds a chunk, not the corpus. A
/// record that cannot be read is reported by file and line and passed over; with `strict`
/// the run stops there.
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

    /// The columns of the records written, one per quotation.
    public static let columns = [
        "article", "url", "outlet", "date", "quote", "start", "end", "text", "kind", "cue", "speaker",
        "source_start", "source_end", "speaker_roles",
    ]

    /// Articles a chunk holds per thread.
    static let chunkArticles = 16
    /// The most text a chunk holds (a longer article is a chunk of its own).
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
        public var status: Int32 { failedInputs > 0 || stoppedEarly ? 1 : 0 }

        /// "extracted 1,234 quotations from 100 articles; 2 records skipped".
        public var statusLine: String {
            var line = "extracted \(quotations) quotation\(quotations == 1 ? "" : "s") from \(articles) article\(articles == 1 ? "" : "s")"
            if skippedRecords > 0 { line += "; \(skippedRecords) record\(skippedRecords == 1 ? "" : "s") skipped" }
            if stoppedEarly { line += "; stopped at the first bad record (--strict)" }
            return line
        }
    }

    public init() {
        jobs = min(ProcessInfo.processInfo.activeProcessorCount, LoadCommand.mostJobs)
    }

    /// Reads `inputs` in turn ("-", or none at all, for standard input), writing quotation
    /// records through `write` and problems, one line each, through `report`.
    public func run(_ inputs: [String], write: ([UInt8]) -> Void, report: (String) -> Void) -> Summary {
        withoutActuallyEscaping(write) { write in
            withoutActuallyEscaping(report) { report in
                var run = Run(settings: self, write: write, report: report)
                for input in inputs.isEmpty ? ["-"] : inputs {
                    run.read(input)
                    if run.summary.stoppedEarly { break }
                }
                run.flush()
                return run.summary
            }
        }
    }

    /// One run's chunk in progress and its counts.
    private struct Run {
        let settings: BatchExtraction
        let write: ([UInt8]) -> Void
        let report: (String) -> Void
        var summary = Summary()
        var loader = ArticleLoader()
        /// The chunk: articles read and not yet extracted, with the id each is written under.
        var pending: [(source: ArticleSource, id: String)] = []
        var pendingBytes = 0
        /// Paths read and not yet loaded (with `readsPaths`).
        var pendingPaths: [String] = []

        init(settings: BatchExtraction, write: @escaping ([UInt8]) -> Void, report: @escaping (String) -> Void) {
            self.settings = settings
            self.write = write
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
                report(error.localizedDescription)
                summary.failedInputs += 1
            }
        }

        private mutating func take(_ line: LineStream.Line, from name: String) {
            switch line {
            case let .tooLong(number, bytes):
                reject(LoadError(file: name, line: number, reason: "is \(LoadLimits.megabytes(roundingUp: bytes)) long; "
                                 + "lines over \(LoadLimits.megabytes(settings.longestLine)) are not read"))
            case let .text(number, bytes):
                guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
                if settings.readsPaths {
                    pendingPaths.append(String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces))
                    if pendingPaths.count >= settings.jobs * BatchExtraction.chunkArticles { flush() }
                    return
                }
                do {
                    // A record without an id is named by its input and line.
                    let source = try bytes.withUnsafeBufferPointer { line throws(LoadError) in
                        try ArticleLoader.corpusRecord(line, name: name, lineNumber: number, label: "\(name):\(number)")
                    }
                    add(source, id: String(source.file?.dropFirst(name.count + 1) ?? ""))
                } catch {
                    reject(error)
                }
            }
        }

        private mutating func add(_ source: ArticleSource, id: String) {
            pending.append((source, id))
            pendingBytes += source.text.utf8.count
            if pending.count >= settings.jobs * BatchExtraction.chunkArticles || pendingBytes >= BatchExtraction.chunkBytes { flush() }
        }

        private mutating func reject(_ error: LoadError) {
            flush()
            report(error.localizedDescription)
            summary.skippedRecords += 1
            if settings.isStrict { summary.stoppedEarly = true }
        }

        /// Extracts the chunk and writes its quotations, in input order.
        mutating func flush() {
            if !pendingPaths.isEmpty {
                let paths = pendingPaths
                pendingPaths = []
                for reading in loader.reading(paths, jobs: settings.jobs) {
                    let (sources, problems) = loader.finishing(reading)
                    for source in sources { pending.append((source, reading.file)) }
                    for problem in problems {
                        report(problem.localizedDescription)
                        summary.skippedRecords += 1
                    }
                }
                if settings.isStrict, summary.skippedRecords > 0 { summary.stoppedEarly = true }
            }
            guard !pending.isEmpty else { return }
            let articles = ExtractedArticle.extracting(pending.map(\.source), jobs: settings.jobs)
            var table = Table(columns: BatchExtraction.columns)
            for (article, id) in zip(articles, pending.map(\.id)) {
                summary.articles += 1
                summary.quotations += article.extraction.quotes.count
                table.rows += BatchExtraction.rows(of: article, id: id)
            }
            pending = []
            pendingBytes = 0
            if !table.rows.isEmpty { write(TableRenderer().renderedBytes(table, as: .jsonl, neutralisingFormulas: false)) }
        }
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
