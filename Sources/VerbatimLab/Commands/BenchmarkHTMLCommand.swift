import VerbatimCore
import VerbatimShell

/// `benchmark-html DIR`: how fast web pages are read, against trafilatura's on this machine kind.
struct BenchmarkHTMLCommand: Command {
    /// trafilatura 2.3 on the article-extraction pages, measured on this project's machine
    /// kind (one core): 50 to 80 pages per second; the middle is taken.
    static let trafilaturaPagesPerSecond = 65.0

    let signature = CommandSignature(
        name: "benchmark-html", summary: "Measure how fast web pages are read into articles.",
        argumentsSynopsis: "DIR", arguments: .files, minimumArguments: 1, maximumArguments: 1,
        options: [OptionSpec(name: "rounds", valueName: "N", help: "Read every page N times and keep the fastest (default 5).")],
        listsRows: true,
        discussion: """
        DIR is a body corpus like ../shared/corpus/article-extraction (its pages are read into \
        memory first). Times, on one core, libxml2's parsing alone and the whole reading of a \
        page (parsing, finding the body, the metadata). Columns: pages, megabytes, \
        parse_pages_per_s, pages_per_s, mb_per_s, x_trafilatura (pages per second over the \
        \(Int(trafilaturaPagesPerSecond)) that trafilatura 2.3 reaches on the same machine kind). \
        Build with -c release for real figures.
        """,
        examples: ["benchmark-html ../shared/corpus/article-extraction"],
        helpSection: LabCommands.helpSection)

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let rounds = try invocation.positiveInteger("rounds", default: 5)
        let corpus = try BodyCorpus(folder: shell.absolutePath(invocation.arguments[0]))
        let result = BodyBenchmark(pages: corpus.pages.map(\.html)).run(rounds: rounds)
        var table = Table(columns: ["pages", "megabytes", "parse_pages_per_s", "pages_per_s", "mb_per_s", "x_trafilatura"])
        table.append([.integer(result.pages), .number(Double(result.bytes) / 1_000_000), .integer(Int(result.parsedPagesPerSecond)),
                      .integer(Int(result.pagesPerSecond)), .number(result.megabytesPerSecond),
                      .number(result.pagesPerSecond / Self.trafilaturaPagesPerSecond)])
        return .table(table)
    }
}
