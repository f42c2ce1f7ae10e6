import VerbatimCore
import VerbatimShell

/// `eval-html DIR`: scores article-body extraction from web pages.
struct EvalHTMLCommand: Command {
    let signature = CommandSignature(
        name: "eval-html", summary: "Score article-body extraction from HTML against a benchmark's ground truth.",
        argumentsSynopsis: "DIR", arguments: .files, minimumArguments: 1, maximumArguments: 1,
        options: [OptionSpec(name: "pages", help: "One row per page, worst first, instead of the totals.")],
        listsRows: true,
        discussion: """
        DIR holds ground-truth.json ({ID: {articleBody, url}}) and html/ID.html.gz, as \
        ../shared/corpus/article-extraction does. Scoring follows \
        shared/docs/article-body-evaluation.md: 4-word shingles of \\w+ tokens, precision and \
        recall per page averaged over pages (pages with an empty extraction count in recall \
        only), F1 of the two. Columns: pages, precision, recall, f1. With --pages: page, \
        precision, recall, f1, words (extracted), url.
        """,
        examples: ["eval-html ../shared/corpus/article-extraction", "eval-html ../shared/corpus/article-extraction --pages --format tsv"],
        helpSection: LabCommands.helpSection)

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let corpus = try BodyCorpus(folder: shell.absolutePath(invocation.arguments[0]))
        var evaluation = BodyEvaluation()
        var words: [String: Int] = [:]
        for page in corpus.pages {
            if shell.isInterrupted() { throw ShellError.interrupted }
            let extracted = HTMLArticle(html: page.html)?.text ?? ""
            words[page.id] = extracted.split(whereSeparator: \.isWhitespace).count
            evaluation.add(name: page.id, extracted: extracted, truth: page.body)
        }
        guard invocation.flag("pages") else {
            var table = Table(columns: ["pages", "precision", "recall", "f1"])
            table.append([.integer(evaluation.pages.count), .number(evaluation.precision), .number(evaluation.recall), .number(evaluation.f1)])
            return .table(table)
        }
        let urls = Dictionary(uniqueKeysWithValues: corpus.pages.map { ($0.id, $0.url) })
        var table = Table(columns: ["page", "precision", "recall", "f1", "words", "url"])
        for page in evaluation.pages.sorted(by: { $0.f1 < $1.f1 }) {
            table.append([.text(page.name), page.precision.map(Value.number) ?? .null, .number(page.recall), .number(page.f1),
                          .integer(words[page.name] ?? 0), Value(urls[page.name] ?? nil)])
        }
        return .table(table)
    }
}
