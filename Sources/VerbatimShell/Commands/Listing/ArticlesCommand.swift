import VerbatimCore

/// `articles`: one row per loaded article.
struct ArticlesCommand: Command {
    let signature = CommandSignature(
        name: "articles", summary: "List the loaded articles.", listsRows: true,
        discussion: "Columns: id, title, outlet, date, quotes (quotations of speech), file, then any fields plugins added.",
        examples: ["articles", "articles --format csv"])

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        var table = Table(columns: ["id", "title", "outlet", "date", "quotes", "file"])
        var speechQuotes: [String: Int] = [:]
        for quote in shell.session.quotes where quote.kind.isSpeech { speechQuotes[quote.article, default: 0] += 1 }
        var fields: [Fields] = []
        for article in shell.session.articles {
            fields.append(article.fields)
            let quotes = speechQuotes[article.id] ?? 0
            table.append([.text(article.id), Value(article.title), Value(article.outlet), Value(article.date),
                          .integer(quotes), Value(article.file)])
        }
        return .table(table.addingFields(fields))
    }
}
