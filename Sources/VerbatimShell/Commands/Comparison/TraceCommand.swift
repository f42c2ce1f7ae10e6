import VerbatimCore

/// `trace QUOTE` or `trace "TEXT"`: every source carrying a quotation, in time order.
struct TraceCommand: Command {
    let signature = CommandSignature(
        name: "trace", summary: "Follow a quotation through every article that carries it, earliest first.",
        argumentsSynopsis: "QUOTE | TEXT", arguments: .quotes, minimumArguments: 1, maximumArguments: 1,
        options: [
            OptionSpec(name: "against", valueName: "ARTICLE", help: "Judge every occurrence against this article's instead of the earliest."),
            MinimumConfidenceOption.spec,
        ],
        listsRows: true,
        discussion: """
        QUOTE is a quote id (q3); any other argument is taken as the words to look for \
        (\(QuoteMatcher.shortestQuote) or more). Lists every quote and every stretch of narration \
        carrying the words, ordered by the articles' dates (then load order), each judged \
        against the earliest quote among them or, with --against, against the quote in that \
        article. Words given as TEXT that no article quotes are judged against the text itself.
        \(OccurrenceTable.help)
        """,
        examples: ["trace q3", "trace \"a futile effort to mask\"", "trace q3 --against reuters --format json"])

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let argument = invocation.arguments[0]
        let isQuoteID = shell.session.quote(argument) != nil
        // One word shaped like a quote's id ("q99", "Q5") is one, not text to trace.
        if !isQuoteID, Self.looksLikeQuoteID(argument) {
            throw ShellError.failure("no quote \(argument)" + (shell.session.quotes.isEmpty ? " (the session has no quotes; load articles first)" : ""),
                                     hint: shell.session.quotes.isEmpty ? nil : "quotes lists them", subject: argument)
        }
        let against = try invocation.option("against").map { try shell.article($0).id }
        var matcher = QuoteMatcher(shell.session)
        matcher.minimumConfidence = try MinimumConfidenceOption.value(in: invocation)
        let occurrences: [QuoteOccurrence]
        do {
            occurrences = try matcher.trace(
                quote: isQuoteID ? argument : nil, text: isQuoteID ? nil : argument, against: against)
        } catch {
            throw ShellError.failure(error.message)
        }
        var table = OccurrenceTable.table()
        OccurrenceTable.append(occurrences, group: 1, to: &table, articles: OccurrenceTable.Articles(shell.session))
        return .table(table)
    }

    /// Whether `word` is written like a quote's id: q or Q and digits.
    static func looksLikeQuoteID(_ word: String) -> Bool {
        guard let first = word.utf8.first, first == UInt8(ascii: "q") || first == UInt8(ascii: "Q") else { return false }
        let digits = word.utf8.dropFirst()
        return !digits.isEmpty && digits.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
