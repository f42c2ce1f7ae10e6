/// `reset`: empties the session.
struct ResetCommand: Command {
    let signature = CommandSignature(
        name: "reset", summary: "Empty the session: no articles, quotes or speakers.",
        options: [.force],
        discussion: """
        Ids start again from a1 and q1. Variables are kept. At the prompt, a session with \
        changes not saved is dropped only when you say so.
        """,
        examples: ["reset", "reset --force"])

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        guard invocation.flag(OptionSpec.force.name) || shell.mayDropUnsavedChanges() else { return .status(Shell.keptNote) }
        let count = shell.session.articles.count
        shell.session.reset()
        return .status("removed \(count) article\(count == 1 ? "" : "s")")
    }
}
