import ArgumentParser
import Foundation
import VerbatimShell

/// `verbatim batch …`: streams of records in and out, without a session, for corpora larger
/// than memory and for engines such as Spark that pipe partitions through a program.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verbatim batch",
        abstract: "Stream records through Verbatim without a session, for large corpora and Spark.",
        subcommands: [BatchExtract.self])

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

/// `verbatim batch extract`: one JSON line per quotation of the articles read.
struct BatchExtract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Write one JSON line per quotation of the articles read.",
        discussion: """
        Reads articles as JSON Lines, the records `load` reads and `export articles` writes (id, \
        text or html, title, url, outlet, date …), from the files named or standard input, and \
        writes to standard output one JSON line per quotation: \
        \(BatchExtraction.columns.joined(separator: ", ")). article is the record's id, or \
        FILE:LINE for a record without one; quote numbers the article's quotations from 1; start \
        and end count Unicode code points of the article's text; source_start and source_end are \
        the speaker mention's span, or null. Quotations come in input order, whatever --jobs is. \
        gzip-compressed input is unpacked as it is read.

        Memory holds a chunk of articles, not the corpus. A record that cannot be read is reported \
        on standard error by file and line and passed over; --strict stops there instead. Exit \
        status: 0 when every input was read (records passed over are reported), 1 when an input \
        could not be read or --strict stopped, 2 for a usage error.
        """)

    @Option(help: "Extract on N threads at once (default: one per core, at most 256); the output is the same for any N.")
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

    func run() throws {
        var extraction = BatchExtraction()
        if let jobs { extraction.jobs = jobs }
        extraction.readsPaths = paths
        extraction.isStrict = strict
        if let name { extraction.standardInputName = name }
        let summary = extraction.run(files, write: StandardStream.writeOutput) { Verbatim.writeError("verbatim: \($0)\n") }
        if !quiet { Verbatim.writeError(summary.statusLine + "\n") }
        throw ExitCode(summary.status)
    }
}
