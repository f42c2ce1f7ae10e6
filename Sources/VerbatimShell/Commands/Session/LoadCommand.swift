import VerbatimCore

/// `load PATH...`: reads articles and extracts their quotes.
struct LoadCommand: Command {
    let signature = CommandSignature(
        name: "load", summary: "Load articles from text files, folders or glob patterns.",
        argumentsSynopsis: "PATH...", arguments: .files, minimumArguments: 1, maximumArguments: nil,
        discussion: """
        Loads .txt files; a folder is searched recursively for .txt files. A manifest.json in a
        file's folder (an array of {file, outlet, date, url, title}) gives its metadata;
        otherwise the first line is the title. Quotes are extracted as each article loads.
        Files that cannot be loaded are reported by name; the others stay loaded.
        """,
        examples: ["load Scripts/articles", "load reports/*.txt notes.txt"])

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        var loader = ArticleLoader(workingDirectory: shell.workingDirectory)
        let files = try loader.files(for: invocation.arguments)
        var failures: [String] = []
        var loaded: [Article] = []
        var quotes = 0
        for file in files {
            if shell.isInterrupted() {
                throw ShellError.failure("interrupted after loading \(loaded.count) of \(files.count) files (those stay loaded)")
            }
            do {
                let source = try loader.source(for: file)
                let extraction = ExtractionPipeline.standard.extract(source.text)
                loaded.append(shell.session.add(source, extraction: extraction))
                quotes += extraction.quotes.filter(\.kind.isSpeech).count
            } catch {
                failures.append(error.localizedDescription)
            }
        }
        let summary = "loaded \(loaded.count) article\(loaded.count == 1 ? "" : "s") with \(quotes) quote\(quotes == 1 ? "" : "s")"
            + (loaded.isEmpty ? "" : " (\(loaded.first!.id)\(loaded.count > 1 ? "–" + loaded.last!.id : ""))")
        guard failures.isEmpty else {
            throw ShellError.failure((loaded.isEmpty ? "" : summary + "; ") + "could not load "
                + (failures.count == 1 ? failures[0] : "\(failures.count) files:\n  " + failures.joined(separator: "\n  ")))
        }
        return .text(summary)
    }
}
