import VerbatimCore

/// `compare A B`: how two articles report the same quotations.
struct CompareCommand: Command {
    let signature = CommandSignature(
        name: "compare", summary: "Pair each quotation of one article with its closest match in another.",
        argumentsSynopsis: "ARTICLE ARTICLE", arguments: .articles, minimumArguments: 2, maximumArguments: 2,
        listsRows: true,
        discussion: """
        Each quote of the first article is paired with the most similar quote of the second.
        verdict is verbatim when the words are the same once quote marks, apostrophes, case,
        punctuation and spacing are set aside; similar when they are close (similarity, from
        0 to 1, at least \(Value.format(SourceComparison.matchThreshold))); missing when the other
        article has no counterpart. Quotes of the second article matched by none follow.
        Columns: quote, text, match, match_text, verdict, similarity.
        """,
        examples: ["compare a1 a2", "compare reuters okeynews --format json"])

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let first = try shell.article(invocation.arguments[0]).id
        let second = try shell.article(invocation.arguments[1]).id
        let comparison = SourceComparison(first, second, in: shell.session)
        var table = Table(columns: ["quote", "text", "match", "match_text", "verdict", "similarity"])
        for pair in comparison.pairs {
            table.append([Value(pair.first?.id), Value(pair.first?.text), Value(pair.second?.id), Value(pair.second?.text),
                          .text(pair.verdict.rawValue), .number(pair.similarity)])
        }
        return .table(table)
    }
}
