import ArgumentParser
import Foundation
import VerbatimCore
import VerbatimShell

/// `verbatim batch …`: streams of records in and out, without a session, for corpora larger
/// than memory and for engines such as Spark that pipe partitions through a program.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verbatim batch",
        abstract: "Stream records through Verbatim without a session, for large corpora and Spark.",
        subcommands: [BatchExtract.self, BatchKeys.self, BatchLinksCommand.self, BatchCompare.self, BatchJudge.self])

    /// Runs `verbatim batch ARGUMENTS` and exits: 2 for a usage error (no subcommand is one).
    static func run(arguments: [String]) -> Never {
        if arguments.isEmpty {
            Verbatim.writeError(helpMessage() + "\n")
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Foundation.exit(0)
        } catch let status as ExitCode {
            Foundation.exit(status.rawValue)
        } catch {
            if exitCode(for: error) == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            Verbatim.writeError(fullMessage(for: error) + "\n")
            Foundation.exit(2)
        }
    }
}

/// The options of a `batch` subcommand that ends its run with a status line, which `--quiet`
/// leaves out.
protocol BatchFinishing {
    var quiet: Bool { get }
}

extension BatchFinishing {
    /// Writes `statusLine` unless quiet, and exits with `status`.
    func finish(_ statusLine: String, status: Int32) throws -> Never {
        if !quiet { Verbatim.writeError(statusLine + "\n") }
        throw ExitCode(status)
    }
}

/// The options of every `batch` subcommand that reads articles.
struct BatchReading: ParsableArguments, BatchFinishing {
    @Option(help: "Read and extract on N threads at once (default: one per core, at most 256); the output is the same for any N.")
    var jobs: Int?

    @Flag(help: "Input lines name text files and saved web pages to read, not JSON records.")
    var paths = false

    @Flag(help: "Stop at the first record that cannot be read (status 1).")
    var strict = false

    @Flag(name: .shortAndLong, help: "Leave out the closing status line (errors are still reported).")
    var quiet = false

    @Option(help: ArgumentHelp("What to call standard input in errors and in ids (default: standard input).", valueName: "NAME"))
    var name: String?

    @Argument(help: "JSON Lines files (or, with --paths, files of paths); - or none for standard input.")
    var files: [String] = []

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs takes a number of threads, 1 or more") }
    }

    /// A run set up with these options, writing `output`.
    func extraction(writing output: BatchExtraction.Output) -> BatchExtraction {
        var extraction = BatchExtraction()
        if let jobs { extraction.jobs = jobs }
        extraction.readsPaths = paths
        extraction.isStrict = strict
        extraction.output = output
        if let name { extraction.standardInputName = name }
        return extraction
    }

    /// What each subcommand's help says of reading, records refused and exit statuses.
    static let discussion = """
        Articles come as JSON Lines, the records `load` reads and `export articles` writes (id, \
        text or html, title, url, outlet, date …), from the files named or standard input; \
        gzip-compressed input is unpacked as it is read. A record without an id is named \
        FILE:LINE. A record that cannot be read is reported on standard error by file and line \
        and passed over; --strict stops there instead. Exit status: 0 when every input was read \
        (records passed over are reported), 1 when an input could not be read or --strict \
        stopped, 2 for a usage error.
        """
}

/// The options of the `batch` subcommands that take one JSON line at a time (judge, links).
struct BatchLineOptions: ParsableArguments, BatchFinishing {
    @Flag(help: "Stop at the first line that cannot be read (status 1).")
    var strict = false

    @Flag(name: .shortAndLong, help: "Leave out the closing status line (errors are still reported).")
    var quiet = false

    @Option(help: ArgumentHelp("What to call standard input in errors and in ids (default: standard input).", valueName: "NAME"))
    var name: String?

    @Argument(help: "JSON Lines files; - or none for standard input.")
    var files: [String] = []

    /// What the help says of a `unit` ("pair", "line") that cannot be read, and of exit statuses.
    static func discussion(unit: String) -> String {
        """
        A \(unit) that cannot be read is reported on standard error by file and line and passed \
        over; --strict stops there instead. Exit status: 0 when every input was read, 1 when an \
        input could not be read or --strict stopped, 2 for a usage error.
        """
    }
}

/// `verbatim batch extract`: one JSON line per quotation of the articles read.
struct BatchExtract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Write one JSON line per quotation of the articles read.",
        discussion: """
        Writes to standard output one JSON line per quotation: \
        \(BatchExtraction.columns.joined(separator: ", ")). article is the record's id; quote \
        numbers the article's quotations from 1; start and end count Unicode code points of the \
        article's text; source_start and source_end are the speaker mention's span, or null. \
        Quotations come in input order, whatever --jobs is. Memory holds a chunk of articles, not \
        the corpus.

        \(BatchReading.discussion)
        """)

    @OptionGroup var reading: BatchReading

    func run() throws {
        let summary = reading.extraction(writing: .quotations).run(reading.files, write: StandardStream.writeOutput) {
            Verbatim.writeError("verbatim: \($0)\n")
        }
        try reading.finish(summary.statusLine, status: summary.status)
    }
}

/// `verbatim batch keys`: the comparison keys of each article read, a JSON line each.
struct BatchKeys: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Write the keys by which each article's quotes are found in others, a JSON line per article.",
        discussion: """
        Writes to standard output one JSON line per article: \
        \(BatchExtraction.keyColumns.joined(separator: ", ")). wordings lists the distinct \
        wordings of its speech quotes of \(QuoteMatcher.shortestQuote) words or more, each \
        {key, words, matches_by_pairs, narration_hits, shingles, pairs, folded, information}: the \
        wording, its length, whether it looks for other wordings by its two-word runs, how many \
        places in narration its shingles must hit before narration is aligned with it, its \
        three-word shingles, its two-word runs that are not two stop words, its words as \
        compared and how much each tells; narration lists the shingles of the words outside \
        quotes, one per place. Keys are signed 64-bit hashes of the words' folded forms, the same in \
        every run, so that candidate links between articles can be found by joining them (batch \
        links checks them), as Spark's compare job does. A shingle held by more than \
        \(QuoteMatcher.mostWordingsOfShingle) distinct wordings of the corpus, or a two-word run \
        by more than \(QuoteMatcher.mostWordingsOfPair), is common: compare does not follow it, \
        nor narration's shingles held by more than \(QuoteMatcher.mostWordingsOfNarrationShingle) \
        (--limits writes these counts).

        \(BatchReading.discussion)
        """)

    @OptionGroup var reading: BatchReading

    @Flag(help: "Write the counts of wordings over which keys are common, as a JSON object, and read nothing.")
    var limits = false

    func run() throws {
        if limits {
            print(BatchExtraction.keyLimits)
            return
        }
        let summary = reading.extraction(writing: .keys).run(reading.files, write: StandardStream.writeOutput) {
            Verbatim.writeError("verbatim: \($0)\n")
        }
        let opening = "wrote the keys of \(summary.articles) article\(summary.articles == 1 ? "" : "s")"
        try reading.finish(summary.statusLine(opening: opening), status: summary.status)
    }
}

/// `verbatim batch compare`: the verdicts of `compare --all` over the articles read.
struct BatchCompare: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Write compare --all's verdict table over the articles read, as JSON Lines.",
        discussion: """
        Holds the articles read in memory, compares them as compare --all does, and writes its \
        table as JSON Lines: \(BatchComparison.columns.joined(separator: ", ")). Articles are \
        named by their records' ids, quotes as ARTICLE#N (the Nth quotation of ARTICLE, as batch \
        extract numbers them); start and end are the occurrence's span in code points. Groups are \
        numbered from 1 in the order of their earliest occurrence.

        With --common-keys FILE, the articles are a part of a larger corpus with no link to the \
        rest (batch links), and FILE lists the keys common in the whole corpus, one a line \
        (shingle N, pair N, or narration N for a shingle narration does not follow): the \
        verdicts are then those of comparing the whole corpus. Spark's compare job \
        (Scripts/spark/run.sh compare) works so. A key file that cannot be read or holds a line \
        that is not a key stops the run before it reads anything (status 1).

        \(BatchReading.discussion)
        """)

    @OptionGroup var reading: BatchReading

    @Option(name: .customLong("common-keys"), help: ArgumentHelp("The corpus's common keys, a key a line.", valueName: "FILE"))
    var commonKeys: String?

    @Option(name: .customLong("min-confidence"), help: ArgumentHelp(
        "Show matches less sure than this (0 to 1) as possible (default \(QuoteMatcher.defaultMinimumConfidence)).", valueName: "X"))
    var minimumConfidence: Double?

    func validate() throws {
        if let minimumConfidence, !(0...1).contains(minimumConfidence) { throw ValidationError("--min-confidence takes a number from 0 to 1") }
    }

    func run() throws {
        var comparison = BatchComparison()
        comparison.reading = reading.extraction(writing: .articles)
        if let minimumConfidence { comparison.minimumConfidence = minimumConfidence }
        if let commonKeys {
            do {
                comparison.commonKeys = try BatchComparison.commonKeys(listedIn: commonKeys)
            } catch {
                Verbatim.writeError("verbatim: \(error.localizedDescription)\n")
                throw ExitCode(1)
            }
        }
        let summary = comparison.run(reading.files, write: StandardStream.writeOutput) { Verbatim.writeError("verbatim: \($0)\n") }
        try reading.finish(summary.statusLine, status: summary.status)
    }
}

/// `verbatim batch judge`: the verdict on the words of each pair of quotations read.
struct BatchJudge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "judge",
        abstract: "Write the verdict on the words of each pair of quotations read, a JSON line each.",
        discussion: """
        Reads JSON Lines, each {"reference": R, "quote": Q} with an optional "id": R and Q are \
        quotation records (objects with a text, such as batch extract writes; their article and \
        quote name them) or the words as strings. Writes one JSON line per pair: \
        \(BatchJudgement.columns.joined(separator: ", ")): the verdict on the words alone \
        (verbatim, variant, altered, trimmed, extended), as diff and compare's wording column \
        give it, by the same code. Unquoted, misattributed, possible and repeat need the \
        articles: batch compare. A side over \(BatchJudgement.longestQuotation) characters is \
        refused.

        \(BatchLineOptions.discussion(unit: "pair"))
        """)

    @OptionGroup var lines: BatchLineOptions

    func run() throws {
        var judgement = BatchJudgement()
        judgement.isStrict = lines.strict
        if let name = lines.name { judgement.standardInputName = name }
        let summary = judgement.run(lines.files, write: StandardStream.writeOutput) { Verbatim.writeError("verbatim: \($0)\n") }
        try lines.finish(summary.statusLine, status: summary.status)
    }
}

/// `verbatim batch links`: which candidate links between articles the matcher would make.
struct BatchLinksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links",
        abstract: "Check candidate links between articles: matching wordings, narration carrying a wording.",
        discussion: """
        Reads JSON Lines, each {"pair": [W, W]} (two wordings as batch keys writes them) or \
        {"record": ARTICLE, "candidates": [{"wording": W, "followed": [SHINGLE...]}...]} (an \
        article record and wordings its narration may carry, each with the shingles narration \
        follows: those of at most \(QuoteMatcher.mostWordingsOfNarrationShingle) wordings in \
        the corpus). Writes {"link": [KEY, KEY]} for two wordings compare would match, and \
        {"article": ID, "carries": [KEY...]} for the wordings the article's narration carries \
        as compare finds it. Articles with no such link, and no wording in common, can be \
        compared apart with the same verdicts (batch compare --common-keys).

        \(BatchLineOptions.discussion(unit: "line"))
        """)

    @OptionGroup var lines: BatchLineOptions

    func run() throws {
        var links = BatchLinks()
        links.isStrict = lines.strict
        if let name = lines.name { links.standardInputName = name }
        let summary = links.run(lines.files, write: StandardStream.writeOutput) { Verbatim.writeError("verbatim: \($0)\n") }
        try lines.finish(summary.statusLine, status: summary.status)
    }
}

