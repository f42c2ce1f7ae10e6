import VerbatimCore

/// `export quotes|articles`: the session's data for other tools.
struct ExportCommand: Command {
    let signature = CommandSignature(
        name: "export", summary: "Write quotes or articles as JSON Lines, JSON, CSV or TSV.",
        argumentsSynopsis: "quotes|articles", arguments: .words(["quotes", "articles"]),
        minimumArguments: 1, maximumArguments: 1,
        options: [
            .format([.jsonl, .json, .csv, .tsv]),
            OptionSpec(name: "to", valueName: "FILE", help: "Write to FILE (atomically) instead of printing.", takesPath: true),
        ],
        discussion: """
        export quotes writes one record per quotation: article (the file name without .txt),
        start, end (the quote's span, counted in Unicode code points of the article's exact
        text as loaded), source_start, source_end (the speaker mention's span, or null),
        speaker, cue and kind (direct, partial; scare and title are not speech). The default
        format is JSON Lines.

        export articles writes one record per article: id, file (the path it was loaded from),
        title, outlet, date, url, byline, text (the exact text that quote offsets count into),
        text_from (file: the file's text as it is; html: the body extracted from the page) and
        encoding (what the file was read as: utf-8, utf-16le, utf-16be or windows-1252).

        In CSV and TSV, text that starts with = + - @, a tab or a carriage return gets a ' before
        it, so that a spreadsheet shows it rather than running it as a formula; --raw writes it
        as it is. --to FILE replaces a file atomically, keeping its permissions; it writes
        through a symbolic link to its target, and into a device or pipe (/dev/stdout) as it is;
        a terminal is refused (leave out --to to show the data here, made safe).
        """,
        examples: ["export quotes", "export quotes --format csv --to quotes.csv", "export articles --to articles.jsonl"])

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let what = invocation.arguments[0]
        let table: Table
        switch what {
        case "quotes": table = quoteTable(shell.session)
        case "articles": table = articleTable(shell.session)
        default: throw ShellError.usage("say what to export: quotes or articles, not \"\(what)\"", subject: what)
        }
        let rendered = shell.renderer.renderedBytes(table, as: invocation.format(default: .jsonl),
                                                    neutralisingFormulas: !invocation.flag(OptionSpec.raw.name))
        guard let path = invocation.option("to") else { return .text(String(decoding: rendered, as: UTF8.self)) }
        try rendered.withUnsafeBufferPointer { try shell.writeFile($0, to: path, instead: "--to") }
        let written = what == "quotes" ? QuoteCount.phrase(shell.session.quotes) : "\(table.rows.count) articles"
        return .status("wrote \(written) to \(path)")
    }

    private func quoteTable(_ session: Session) -> Table {
        var table = Table(columns: ["article", "start", "end", "source_start", "source_end", "speaker", "cue", "kind"])
        let names = Dictionary(uniqueKeysWithValues: session.articles.map { ($0.id, $0.exportName) })
        for quote in session.quotes {
            table.append([.text(names[quote.article] ?? quote.article), .integer(quote.span.start), .integer(quote.span.end),
                          Value(quote.speakerMention?.start), Value(quote.speakerMention?.end), Value(quote.speaker),
                          Value(quote.cue), .text(quote.kind.rawValue)])
        }
        return table
    }

    private func articleTable(_ session: Session) -> Table {
        var table = Table(columns: ["id", "file", "title", "outlet", "date", "url", "byline", "text", "text_from", "encoding"])
        for article in session.articles {
            table.append([.text(article.id), Value(article.file), Value(article.title), Value(article.outlet),
                          Value(article.date), Value(article.url), Value(article.byline), .text(article.text),
                          .text(article.textOrigin.rawValue), .text(article.encoding)])
        }
        return table
    }
}
