import VerbatimCore

/// `compare A B [C...]` and `compare --all`: how sources report the same quotations.
struct CompareCommand: Command {
    let signature = CommandSignature(
        name: "compare", summary: "Line up how articles report the same quotations: verbatim, altered, unquoted…",
        argumentsSynopsis: "ARTICLE ARTICLE... | --all", arguments: .articles, maximumArguments: nil,
        options: [
            OptionSpec(name: "all", help: "Every quotation found in more than one article of the session."),
            OptionSpec(name: "only", valueName: "VERDICT", help: "Only quotations with an occurrence of this verdict.",
                       choices: QuoteVerdict.allCases.map(\.rawValue)),
            OptionSpec(name: "against", valueName: "ARTICLE",
                       help: "Judge every occurrence against ARTICLE's quotes, not the earliest (as trace --against does)."),
            MinimumConfidenceOption.spec,
        ],
        listsRows: true,
        discussion: """
        With articles, every quotation of any of them (\(QuoteMatcher.shortestQuote) words or \
        more) gets one row per article: its occurrence there, judged against the earliest \
        occurrence it matches, or missing. Quotes match across quote-mark styles, apostrophes, \
        spacing, case and British/American spelling, when trimmed or merged with the next \
        sentence, and where the words appear in narration without quote marks. With --all, \
        every quotation of the session that appears in more than one article. With --against \
        ARTICLE, each quote of ARTICLE is the reference its occurrences elsewhere are judged \
        against, whatever was published first.
        \(OccurrenceTable.help)
        """,
        examples: ["compare reuters okeynews ptinews", "compare --all", "compare --all --only altered --format json"])

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let all = invocation.flag("all")
        if all, !invocation.arguments.isEmpty { throw ShellError.usage("give articles or --all, not both") }
        if !all, invocation.arguments.count < 2 { throw ShellError.usage("give two articles or more, or --all") }
        let chosen = all ? nil : try invocation.arguments.map { try shell.article($0) }
        if let chosen, Set(chosen.map(\.id)).count < chosen.count { throw ShellError.usage("an article is named twice") }
        let against = try invocation.option("against").map { try shell.article($0) }
        var ids = chosen?.map(\.id)
        if let against, let given = ids, !given.contains(against.id) { ids = given + [against.id] }
        var matcher = QuoteMatcher(shell.session, articles: ids)
        matcher.minimumConfidence = try MinimumConfidenceOption.value(in: invocation)
        let groups = against.map { matcher.groups(against: $0.id, of: shell.session) } ?? matcher.groups()
        let only = invocation.option("only").flatMap(QuoteVerdict.init(rawValue:))
        var table = OccurrenceTable.table()
        let articles = OccurrenceTable.Articles(shell.session)
        var number = 0
        for group in groups {
            if shell.isInterrupted() { throw ShellError.interrupted }
            let present = Set(group.map(\.article))
            let missing = (chosen ?? []).filter { !present.contains($0.id) }
            if all, present.count < 2 { continue }
            if let only, !group.contains(where: { $0.verdict == only }), !(only == .missing && !missing.isEmpty) { continue }
            number += 1
            OccurrenceTable.append(group, group: number, to: &table, articles: articles)
            for article in missing { OccurrenceTable.appendMissing(article, group: number, to: &table) }
        }
        return .table(table)
    }
}
