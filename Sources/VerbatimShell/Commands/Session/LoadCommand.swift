import VerbatimCore

/// `load PATH...`: reads articles and extracts their quotes.
struct LoadCommand: Command {
    let signature = CommandSignature(
        name: "load", summary: "Load articles from text files, web pages, web addresses, corpora, folders or glob patterns.",
        argumentsSynopsis: "PATH...", arguments: .files, minimumArguments: 1, maximumArguments: nil,
        discussion: """
        Text files (.txt and others) are read as UTF-8 (with or without a byte-order mark), \
        UTF-16 with a byte-order mark, or Windows-1252 when they are not UTF-8; line ends are \
        kept as they are. Web pages (.html, .htm, .xhtml, also .gz) give their article body \
        (navigation, related links, captions and share buttons left out), title, byline, \
        date, outlet, canonical URL and embedded posts (a tweet becomes a quote of its \
        author). Web addresses (http://, https://) are downloaded, following redirects, within \
        30 seconds and 50 MB, in the charset the server or the page names. Corpora (.jsonl, .ndjson, or a .json array) hold one \
        article per record: text or html, and title, url, date, outlet, byline, id; other \
        fields are kept as the article's fields. A folder is searched recursively for .txt, \
        .html and .jsonl files. A manifest.json in a file's folder (an array of {file, outlet, \
        date, url, title}) overrides its metadata. Quotes are extracted as each article \
        loads. Files and corpus lines that cannot be loaded are reported by file and line; the \
        others stay loaded. On a terminal, long loads show their progress; Ctrl-C stops them, \
        keeping what was loaded.
        """,
        examples: ["load Scripts/articles", "load reports/*.txt notes.txt", "load page.html", "load https://example.org/story",
                   "load corpus.jsonl"])

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        var loader = ArticleLoader(workingDirectory: shell.workingDirectory)
        let files = try loader.files(for: invocation.arguments)
        var failures: [String] = []
        var loaded: [Article] = []
        var quotes = 0
        var progress = shell.progress(total: files.count, unit: "files")
        for file in files {
            if shell.isInterrupted() {
                progress.finish()
                throw ShellError.failure("interrupted after loading \(loaded.count) of \(files.count) files (those stay loaded)")
            }
            progress.advance()
            do {
                let sources: [ArticleSource]
                if ArticleLoader.kind(of: file) == .corpus {
                    let corpus = try loader.corpus(file)
                    sources = corpus.sources
                    failures += corpus.problems.map { $0.localizedDescription }
                } else {
                    sources = [try loader.source(for: file)]
                }
                for source in sources {
                    var extraction = ExtractionPipeline.standard.extract(source.text)
                    extraction.attribute(to: source.embeddedPosts)
                    loaded.append(shell.session.add(source, extraction: extraction))
                    quotes += extraction.quotes.filter(\.kind.isSpeech).count
                }
            } catch {
                failures.append(error.localizedDescription)
            }
        }
        progress.finish()
        let summary = "loaded \(loaded.count) article\(loaded.count == 1 ? "" : "s") with \(quotes) quote\(quotes == 1 ? "" : "s")"
            + (loaded.isEmpty ? "" : " (\(loaded.first!.id)\(loaded.count > 1 ? "–" + loaded.last!.id : ""))")
        guard failures.isEmpty else {
            throw ShellError.failure((loaded.isEmpty ? "" : summary + "; ") + "could not load "
                + (failures.count == 1 ? failures[0] : "\(failures.count) files or records:\n  " + failures.joined(separator: "\n  ")))
        }
        return .text(summary)
    }
}
