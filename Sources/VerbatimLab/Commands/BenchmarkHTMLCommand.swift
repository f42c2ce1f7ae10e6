import VerbatimCore
import VerbatimShell

/// `benchmark-html DIR`: how fast web pages are read, and libxml2's parse alone beside it.
struct BenchmarkHTMLCommand: Command {
    let signature = CommandSignature(
        name: "benchmark-html", summary: "Measure how fast web pages are read into articles.",
        argumentsSynopsis: "DIR", arguments: .files, minimumArguments: 1, maximumArguments: 1,
        options: [OptionSpec(name: "rounds", valueName: "N", help: "Read every page N times and keep the fastest (default 5).")],
        listsRows: true,
        discussion: """
        DIR is a body corpus like ../shared/corpus/article-extraction (its pages are read into \
        memory first). Times, on one core, libxml2's parsing alone and the whole reading of a \
        page (parsing, finding the body, the metadata). Columns: pages, megabytes, \
        parse_pages_per_s, pages_per_s, mb_per_s, of_parse (pages_per_s over \
        parse_pages_per_s: the share of libxml2's own speed the whole reading keeps). \
        Scripts/bench/run.sh runs trafilatura on the same pages beside it. Build with -c \
        release for real figures.
        """,
        examples: ["benchmark-html ../shared/corpus/article-extraction"],
        helpSection: LabCommands.helpSection)

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let rounds = try invocation.positiveInteger("rounds", default: 5)
        let corpus = try BodyCorpus(folder: shell.absolutePath(invocation.arguments[0]))
        let result = BodyBenchmark(pages: corpus.pages.map(\.html)).run(rounds: rounds)
        var table = Table(columns: ["pages", "megabytes", "parse_pages_per_s", "pages_per_s", "mb_per_s", "of_parse"])
        table.append([.integer(result.pages), .number(Double(result.bytes) / 1_000_000), .integer(Int(result.parsedPagesPerSecond)),
                      .integer(Int(result.pagesPerSecond)), .number(result.megabytesPerSecond),
                      .number(result.pagesPerSecond / result.parsedPagesPerSecond)])
        return .table(table)
    }
}
