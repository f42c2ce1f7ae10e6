import VerbatimCore

/// `open FILE`: replaces the session with a saved one.
struct OpenCommand: Command {
    let signature = CommandSignature(
        name: "open", summary: "Replace the session with one saved by save.",
        argumentsSynopsis: "FILE", arguments: .files, minimumArguments: 1, maximumArguments: 1,
        options: [.force],
        discussion: """
        A damaged, foreign or newer file is refused and the current session is kept. At the \
        prompt, a session with changes not saved is dropped only when you say so.
        """,
        examples: ["open blinken.verbatim"])

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let path = invocation.arguments[0]
        guard invocation.flag(OptionSpec.force.name) || shell.mayDropUnsavedChanges() else { return .status(Shell.keptNote) }
        do {
            shell.session = try SessionFile.read(from: shell.absolutePath(path))
            shell.savedSession = shell.session
        } catch let error as SessionFileError {
            throw ShellError.failure("\(path): \(error.reason)", subject: path)
        }
        return .status("opened \(path): \(shell.session.articles.count) articles, \(QuoteCount.phrase(shell.session.quotes))")
    }
}
