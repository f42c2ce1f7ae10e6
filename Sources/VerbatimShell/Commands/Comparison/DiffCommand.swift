import VerbatimCore

/// `diff Q1 Q2`: the word-level difference between two quotes.
struct DiffCommand: Command {
    let signature = CommandSignature(
        name: "diff", summary: "Show the words one quote changes from another.",
        argumentsSynopsis: "QUOTE QUOTE", arguments: .quotes, minimumArguments: 2, maximumArguments: 2,
        options: [OptionSpec.format(OutputFormat.listingFormats)],
        discussion: """
        Prints the second quote's words with the changes from the first marked: removed words \
        in red and added words in green on a terminal, [-removed-]{+added+} otherwise. Words \
        are compared without case, quote marks, apostrophe style or punctuation, and British \
        and American spellings count as the same word. With --format, one row: from, to (the \
        quote ids), verdict, similarity, text (the marked words), diff (the runs, each {op: \
        equal|replace|insert|delete, from, to}).
        """,
        examples: ["diff q1 q9", "diff q1 q9 --format json"])

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let ids = invocation.arguments
        for id in ids where shell.session.quote(id) == nil { throw ShellError.failure("no quote \(id)", subject: id) }
        let first = shell.session.quote(ids[0])!, second = shell.session.quote(ids[1])!
        let comparison = QuoteOccurrence(comparing: second.text, against: first.text)
        let diff = comparison.diff!
        guard invocation.option("format") != nil else {
            return .text(marked(diff, color: shell.renderer.useColor) + "\n")
        }
        var table = Table(columns: ["from", "to", "verdict", "similarity", "text", "diff"])
        table.append([.text(ids[0]), .text(ids[1]), .text(comparison.verdict.rawValue), .number(comparison.similarity),
                      .text(diff.markedText), OccurrenceTable.diffValue(diff)])
        return .table(table)
    }

    /// The diff with removed words red and struck, added words green, or marked with brackets.
    private func marked(_ diff: WordDiff, color: Bool) -> String {
        guard color else { return diff.markedText }
        let red = "\u{1B}[31;9m", green = "\u{1B}[32m", reset = "\u{1B}[0m"
        return diff.runs.map { run in
            let from = run.from.joined(separator: " "), to = run.to.joined(separator: " ")
            switch run.operation {
            case .equal: return from
            case .delete: return red + from + reset
            case .insert: return green + to + reset
            case .replace: return red + from + reset + " " + green + to + reset
            }
        }.joined(separator: " ")
    }
}
