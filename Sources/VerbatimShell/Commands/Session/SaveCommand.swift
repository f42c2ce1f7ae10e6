import VerbatimCore

/// `save FILE`: writes the whole session as versioned JSON.
struct SaveCommand: Command {
    let signature = CommandSignature(
        name: "save", summary: "Save the whole session to a file.",
        argumentsSynopsis: "FILE", arguments: .files, minimumArguments: 1, maximumArguments: 1,
        discussion: """
        Writes versioned JSON. The file is replaced atomically: a save that is interrupted
        leaves the previous file as it was.
        """,
        examples: ["save blinken.verbatim"])

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let path = invocation.arguments[0]
        try SessionFile.write(shell.session, to: shell.absolutePath(path))
        shell.savedSession = shell.session
        return .status("saved \(shell.session.articles.count) articles to \(path)")
    }
}
