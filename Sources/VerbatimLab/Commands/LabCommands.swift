import VerbatimShell

/// The evaluation and benchmark commands, which a shell has only when its program registers
/// them: `for command in LabCommands.all { shell.registry.register(command) }`. `help` lists
/// them under their own heading, after the commands for reading the news.
public enum LabCommands {
    /// The heading `help` lists them under.
    public static let helpSection = "Evaluation and benchmarks"

    /// `eval`, `eval-html`, `benchmark`, `benchmark-html`, `benchmark-hostile`, `compare-benchmark`,
    /// `compare-eval` and `train-attribution`.
    public static let all: [any Command] = [
        EvalCommand(), EvalHTMLCommand(), BenchmarkCommand(), BenchmarkHTMLCommand(), BenchmarkHostileCommand(),
        CompareBenchmarkCommand(), CompareEvalCommand(), TrainAttributionCommand(),
    ]
}

extension Value {
    /// `part` over `whole`, or null when there is nothing to measure.
    static func share(_ part: Int, of whole: Int) -> Value {
        whole == 0 ? .null : .number(Double(part) / Double(whole))
    }
}
