import VerbatimCore
import VerbatimShell

/// `benchmark-hostile`: time at one and ten times the size of inputs built to be slow.
struct BenchmarkHostileCommand: Command {
    let signature = CommandSignature(
        name: "benchmark-hostile", summary: "Check that hostile inputs cost time in proportion to their size.",
        options: [OptionSpec(name: "rounds", valueName: "N", help: "Time each case N times and keep the fastest (default 3).")],
        listsRows: true,
        discussion: """
        Times each case at its base size and at ten times that, in one run: text after an \
        unclosed quote mark (100 KB, 1 MB), alternating quote marks (200,000, 2,000,000), a single \
        line (500 KB, 5 MB), paragraphs (10,000, 100,000), HTML nested deep (1,000, 10,000), \
        the same with ten stray end tags per level, a page of paragraphs (2,000, 20,000), \
        near-identical quotes for compare --all (1,000, 10,000), quotes weakly matched by as \
        many in a later article (1,500, 15,000), a line quoted in every story, each changing \
        the story before's quote (300, 3,000), a quote of inner quotations and a cut copy \
        (6,000, 60,000), a session file of 2,000 and \
        20,000 articles saved and opened, escape sequences made safe for a terminal (1 MB, \
        10 MB), an element with 4,000 and 40,000 attributes, a tag of 40,000 and 400,000 \
        attributes never closed, a DOCTYPE declaring 1,000 and 10,000 entities, 10,000 and \
        100,000 plugin changes, 2,000 and 20,000 distinct speakers named by plugin changes and \
        listed, an articles listing of 1,000 and 10,000 records with sparse fields, 100 and \
        1,000 records of 300 differently named fields as JSON Lines and CSV, and a script \
        (10,000, 100,000 lines, parsed and run). ratio is the time at ten times over the time at one; linear work gives about \
        10, and 15 is the most allowed (ok says whether it holds). Columns: \
        case, seconds_1x, seconds_10x, ratio, ok.
        """,
        examples: ["benchmark-hostile", "benchmark-hostile --rounds 1 --format tsv"],
        helpSection: LabCommands.helpSection)

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let rounds = try invocation.positiveInteger("rounds", default: 3)
        let script = HostileInputs.Case(name: "a script of 10,000 lines") { scale in
            let source = (0..<(10_000 * scale)).map { "set line\($0 % 100) \"value \($0)\" # comment" }.joined(separator: "\n")
            let quiet = Shell(write: { _ in }, writeError: { _ in })
            _ = try? ScriptRunner(shell: quiet).run(source, file: "hostile.vsh", arguments: [])
        }
        var table = Table(columns: ["case", "seconds_1x", "seconds_10x", "ratio", "ok"])
        for hostile in HostileInputs.cases + [script] {
            if shell.isInterrupted() { throw ShellError.interrupted }
            let small = Stopwatch.fastest(rounds: rounds) { hostile.run(1) }
            let large = Stopwatch.fastest(rounds: rounds) { hostile.run(10) }
            let ratio = large / small
            table.append([.text(hostile.name), .number(small), .number(large), .number(ratio), .bool(ratio <= 15)])
        }
        return .table(table)
    }
}
