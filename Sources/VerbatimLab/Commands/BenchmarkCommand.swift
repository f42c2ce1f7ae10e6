import VerbatimCore
import VerbatimShell

/// `benchmark PATH...`: extraction throughput on one core.
struct BenchmarkCommand: Command {
    let signature = CommandSignature(
        name: "benchmark", summary: "Measure quote extraction throughput on a set of articles.",
        argumentsSynopsis: "PATH...", arguments: .files, minimumArguments: 1, maximumArguments: nil,
        options: [OptionSpec(name: "rounds", valueName: "N", help: "Extract everything N times and keep the fastest (default 3).")],
        listsRows: true,
        discussion: """
        Reads the articles into memory first, then times only extraction (every stage of the
        pipeline) on one core. Columns: articles, megabytes, words (as wc -w counts them),
        quotes, seconds, mb_per_s, words_per_s. Scripts/bench/run.sh runs textacy on the same
        machine beside it and prints the ratio. Build with -c release for real figures.
        """,
        examples: ["benchmark ../shared/corpus/polnear/train/text ../shared/corpus/polnear/dev/text"],
        helpSection: LabCommands.helpSection)

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let rounds = try invocation.positiveInteger("rounds", default: 3)
        var loader = shell.articleLoader()
        let texts = try loader.allSources(for: invocation.arguments).map(\.text)
        let result = ExtractionBenchmark(texts: texts).run(rounds: rounds)
        var table = Table(columns: ["articles", "megabytes", "words", "quotes", "seconds", "mb_per_s", "words_per_s"])
        table.append([.integer(result.articles), .number(Double(result.bytes) / 1_000_000), .integer(result.words),
                      .integer(result.quotes), .number(result.seconds), .number(result.megabytesPerSecond),
                      .integer(Int(result.wordsPerSecond))])
        return .table(table)
    }
}
