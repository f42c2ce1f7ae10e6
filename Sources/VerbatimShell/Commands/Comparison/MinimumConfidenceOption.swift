import VerbatimCore

/// `--min-confidence N`, which the commands that judge quotations take: matches less sure
/// than N are shown as `possible` instead of accusing a source.
public enum MinimumConfidenceOption {
    public static let spec = OptionSpec(
        name: "min-confidence", valueName: "N",
        help: "Accuse only on matches at least this sure (0 to 1, default \(QuoteMatcher.defaultMinimumConfidence)); show the others as possible.")

    /// The value given, or the default.
    public static func value(in invocation: Invocation) throws -> Double {
        guard let text = invocation.option("min-confidence") else { return QuoteMatcher.defaultMinimumConfidence }
        guard let value = Double(text), (0...1).contains(value) else {
            throw ShellError.usage("--min-confidence takes a number from 0 to 1, not \"\(text)\"", subject: text)
        }
        return value
    }
}
