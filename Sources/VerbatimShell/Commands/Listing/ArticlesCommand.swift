/// `articles`: one row per loaded article.
struct ArticlesCommand: Command {
    let signature = CommandSignature(
        name: "articles", summary: "List the loaded articles.", listsRows: true,
        discussion: "Columns: id, title, outlet, date, quotes (quotations of speech), file.",
        examples: ["articles", "articles --format csv"])

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        var table = Table(columns: ["id", "title", "outlet", "date", "quotes", "file"])
        for article in shell.session.articles {
            let quotes = shell.session.quotes(in: article.id).filter(\.kind.isSpeech).count
            table.append([.text(article.id), Value(article.title), Value(article.outlet), Value(article.date),
                          .integer(quotes), Value(article.file)])
        }
        return .table(table)
    }
}
