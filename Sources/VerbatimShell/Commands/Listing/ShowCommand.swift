import VerbatimCore

/// `show ARTICLE`: the article's text with its quotes marked and numbered.
struct ShowCommand: Command {
    let signature = CommandSignature(
        name: "show", summary: "Print an article with its quotes marked and numbered.",
        argumentsSynopsis: "ARTICLE", arguments: .articles, minimumArguments: 1, maximumArguments: 1,
        discussion: """
        Each quotation is followed by its id and speaker in brackets: [q3 Antony Blinken].
        Scare quotes and titles are tagged with their kind. On a terminal, quotations of speech
        are coloured.
        """,
        examples: ["show a1"])

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let article = try shell.article(invocation.arguments[0])
        var header = "\(article.id)  \(article.title ?? "(untitled)")\n"
        let details = [article.outlet, article.date, article.byline, article.url, article.file].compactMap { $0 }
        if !details.isEmpty { header += "    " + details.joined(separator: " · ") + "\n" }
        let text = ScalarText(article.text)
        var shown = StyledText(header + "\n")
        var offset = 0
        for quote in shell.session.quotes(in: article.id) where quote.span.start >= offset {
            shown.append(String(String.UnicodeScalarView(text.scalars[offset..<quote.span.start])))
            let quoted = text.string(quote.span)
            if quote.kind.isSpeech {
                shown.append(quoted, style: .quotation)
                shown.append(" ")
                shown.append("[\(quote.id) \(quote.speaker ?? "speaker unknown")]", style: .dim)
            } else {
                shown.append("\(quoted) [\(quote.id) \(quote.kind.rawValue)]")
            }
            offset = quote.span.end
        }
        shown.append(String(String.UnicodeScalarView(text.scalars[offset...])))
        return .styledText(shown)
    }
}
