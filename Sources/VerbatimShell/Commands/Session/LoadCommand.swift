import Foundation
import VerbatimCore

/// `load PATH...`: reads articles and extracts their quotes.
struct LoadCommand: Command {
    let signature = CommandSignature(
        name: "load", summary: "Load articles from text files, web pages, web addresses, corpora, folders or glob patterns.",
        argumentsSynopsis: "PATH...", arguments: .files, minimumArguments: 1, maximumArguments: nil,
        options: [OptionSpec(name: "follow-links", help: "In folders, also load symbolic links to files outside the folder."),
                  OptionSpec(name: "again", help: "Load files the session already holds again (they are skipped otherwise)."),
                  OptionSpec(name: "allow-local", help: "Also download addresses on this computer or a private network "
                                 + "(localhost, 10.x, 192.168.x…)."),
                  OptionSpec(name: "jobs", valueName: "N", help: "Read and extract on N threads at once (default: one per core, "
                                 + "at most 256); ids and results are the same for any N.")],
        discussion: """
        Text files (.txt and others) are read as UTF-8 (with or without a byte-order mark), \
        UTF-16 with a byte-order mark, or Windows-1252 when they are not UTF-8; line ends are \
        kept as they are. Web pages (.html, .htm, .xhtml, also .gz) give their article body \
        (navigation, related links, captions and share buttons left out), title, byline, \
        date, outlet, canonical URL and embedded posts (a tweet becomes a quote of its \
        author). Web addresses (http://, https://) are downloaded, following redirects, within \
        30 seconds and 32 MB, in the charset the server or the page names; addresses on this \
        computer or a private network only with --allow-local, and never through a redirect \
        from a public site. A user name and password in an address are sent but not kept. \
        Corpora (.jsonl, .ndjson, or a .json array) hold one \
        article per record: text or html, and title, url, date, outlet, byline, id; other \
        fields are kept as the article's fields. A folder is searched recursively for .txt, \
        .html and .jsonl files; symbolic links in it to files outside it are skipped (and \
        named) unless --follow-links is given. A manifest.json in a file's folder (an array \
        of {file, outlet, date, url, title}) overrides its metadata; a bad entry is reported \
        once, its good fields still used. Quotes are extracted as articles load, on \
        every core (--jobs N for fewer). A file the session already holds (the same file, by whatever path or link) is \
        skipped and named, unless --again is given. Files and corpus lines that cannot be \
        loaded are reported by file and line; the \
        others stay loaded. On a terminal, long loads show their progress; Ctrl-C stops them, \
        keeping what was loaded.
        """,
        examples: ["load Scripts/articles", "load reports/*.txt notes.txt", "load page.html", "load https://example.org/story",
                   "load corpus.jsonl"])

    /// Files read, and their articles extracted, at once per thread: enough to keep every
    /// thread busy, few enough that a batch costs little memory.
    static let batch = 64

    /// The most threads `--jobs` gets, whatever it asks for.
    static let mostJobs = 256

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        var loader = shell.articleLoader()
        loader.followsLinks = invocation.flag("follow-links")
        loader.web.allowsLocalAddresses = invocation.flag("allow-local")
        loader.web.isInterrupted = shell.isInterrupted
        var files = try loader.files(for: invocation.arguments)
        if !loader.skippedLinks.isEmpty { shell.writeError(skippedLinksWarning(loader.skippedLinks)) }
        // One file named twice (by two paths, or a path and a folder) loads once; one the
        // session holds, not again unless asked.
        var seen = invocation.flag("again") ? [] : Set(shell.session.articles.compactMap { $0.file.map { identity(of: $0, in: shell) } })
        let held = seen
        var again: [String] = [], twice: [String] = loader.namedAgain
        files = files.filter { file in
            let identity = identity(of: file, in: shell)
            guard seen.insert(identity).inserted else {
                if held.contains(identity) { again.append(file) } else { twice.append(file) }
                return false
            }
            return true
        }
        if !again.isEmpty { shell.writeError(skippedNote(again, "the session already holds", "(load --again loads them again)")) }
        if !twice.isEmpty { shell.writeError(skippedNote(twice, "named twice in this load (by one path, another or a link)", "")) }
        var problems: [LoadError] = []
        var loaded: [Article] = []
        var progress = shell.progress(total: files.count, unit: "files")
        // A batch of files is read, then its articles extracted, on `jobs` threads; articles
        // are numbered in the files' order, so ids do not depend on the threads.
        let jobs = min(try invocation.positiveInteger("jobs", default: ProcessInfo.processInfo.activeProcessorCount), Self.mostJobs)
        for batch in files.indices.pieces(of: Self.batch * jobs) {
            var sources: [ArticleSource] = []
            var stopped = 0
            for reading in loader.reading(Array(files[batch]), jobs: jobs) {
                let (found, foundProblems) = loader.finishing(reading)
                progress.advance()
                // Files not begun when Ctrl-C came, and downloads it stopped, loaded nothing;
                // the files being read finished.
                if reading.wasSkipped || WebFetcher.isWebAddress(reading.file) && shell.isInterrupted() && !foundProblems.isEmpty {
                    stopped += 1
                    continue
                }
                sources += found
                problems += foundProblems
            }
            // A corpus file gives many articles at once: they are extracted a batch at a time
            // too, so that few of extraction's own copies of quotes are held at once.
            for piece in sources.indices.pieces(of: Self.batch * jobs) {
                var extractedArticles = ExtractedArticle.extracting(Array(sources[piece]), jobs: jobs)
                shell.session.reserveRoom(forQuotes: extractedArticles.reduce(0) { $0 + $1.extraction.quotes.count })
                for index in extractedArticles.indices {
                    let extracted = extractedArticles[index]
                    // The session copies the quotes; this article's own array goes now.
                    extractedArticles[index].extraction.quotes = []
                    guard let article = shell.session.add(extracted) else {
                        progress.finish()
                        if !loaded.isEmpty { shell.say(summary(of: loaded, in: shell.session)) }
                        let file = extracted.source.file ?? "an article"
                        throw ShellError.failure("could not load \(file): the session has used every article or quote "
                            + "number up to \(Session.largestNumber); save it and start another", subject: file)
                    }
                    loaded.append(article)
                }
            }
            if shell.isInterrupted() {
                progress.finish()
                shell.say(summary(of: loaded, in: shell.session))
                throw ShellError.failure("interrupted after loading \(batch.upperBound - stopped) of \(files.count) files (those stay loaded)")
            }
        }
        progress.finish()
        guard !problems.isEmpty else { return .status(summary(of: loaded, in: shell.session)) }
        if !loaded.isEmpty { shell.say(summary(of: loaded, in: shell.session)) }
        if problems.count == 1 {
            throw ShellError.failure("could not load " + (problems[0].errorDescription ?? problems[0].file), subject: problems[0].file)
        }
        throw ShellError.failure("could not load \(problems.count) files or records:\n  "
            + problems.map { $0.errorDescription ?? $0.file }.joined(separator: "\n  "))
    }

    /// What makes two paths one file: the absolute path with links and "..", "." resolved; a
    /// web address as it is.
    /// Each path's identity is worked out once a shell and kept (`Shell.fileIdentities`): a
    /// session of 10,000 articles had them all resolved again at every `load`.
    private func identity(of file: String, in shell: Shell) -> String {
        guard !WebFetcher.isWebAddress(file) else { return file }
        let path = shell.absolutePath(file)
        if let known = shell.fileIdentities[path] { return known }
        let identity = Self.resolvedIdentity(of: path)
        shell.fileIdentities[path] = identity
        return identity
    }

    /// The identity of the absolute `path`, worked out on the file system.
    private static func resolvedIdentity(of path: String) -> String {
        // realpath resolves every link and "..", ".", in one call; Foundation's way took many
        // more system calls a file, which a load of thousands of files felt.
        guard let resolved = realpath(path, nil) else {
            return URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The line naming the files a load skipped, and why.
    private func skippedNote(_ files: [String], _ why: String, _ remedy: String) -> String {
        let shown = files.prefix(5).joined(separator: ", ") + (files.count > 5 ? " and \(files.count - 5) more" : "")
        let counted = files.count == 1 ? "1 file" : "\(files.count) files"
        return "skipped \(counted) \(why)\(remedy.isEmpty ? "" : " " + remedy): \(shown)\n"
    }

    /// The line naming the links to files outside their folder that a folder load left out.
    private func skippedLinksWarning(_ links: [String]) -> String {
        let shown = links.prefix(5).joined(separator: ", ") + (links.count > 5 ? " and \(links.count - 5) more" : "")
        return links.count == 1
            ? "skipped 1 link to a file outside its folder (load --follow-links loads it): \(shown)\n"
            : "skipped \(links.count) links to files outside their folder (load --follow-links loads them): \(shown)\n"
    }

    /// "loaded 3 articles with 13 quotes (a1–a3)", scare quotes and titles counted apart.
    private func summary(of loaded: [Article], in session: Session) -> String {
        let ids = Set(loaded.map(\.id))
        let quotes = QuoteCount.phrase(session.quotes.lazy.filter { ids.contains($0.article) })
        return "loaded \(loaded.count) article\(loaded.count == 1 ? "" : "s") with \(quotes)"
            + (loaded.isEmpty ? "" : " (\(loaded.first!.id)\(loaded.count > 1 ? "–" + loaded.last!.id : ""))")
    }
}
