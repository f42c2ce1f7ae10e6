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
            return shell.renderer.useColor ? .styledText(coloured(diff)) : .text(diff.markedText + "\n")
        }
        var table = Table(columns: ["from", "to", "verdict", "similarity", "text", "diff"])
        table.append([.text(ids[0]), .text(ids[1]), .text(comparison.verdict.rawValue), .number(comparison.similarity),
                      .text(diff.markedText), OccurrenceTable.diffValue(diff)])
        return .table(table)
    }

    /// The diff with removed words red and struck and added words green.
    private func coloured(_ diff: WordDiff) -> StyledText {
        var text = StyledText()
        for (index, run) in diff.runs.enumerated() {
            if index > 0 { text.append(" ") }
            let from = run.from.joined(separator: " "), to = run.to.joined(separator: " ")
            switch run.operation {
            case .equal: text.append(from)
            case .delete: text.append(from, style: .removed)
            case .insert: text.append(to, style: .added)
            case .replace:
                text.append(from, style: .removed)
                text.append(" ")
                text.append(to, style: .added)
            }
        }
        text.append("\n")
        return text
    }
}
