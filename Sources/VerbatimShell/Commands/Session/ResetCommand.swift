/// `reset`: empties the session.
struct ResetCommand: Command {
    let signature = CommandSignature(
        name: "reset", summary: "Empty the session: no articles, quotes or speakers.",
        discussion: "Ids start again from a1 and q1. Variables are kept.", examples: ["reset"])

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let count = shell.session.articles.count
        shell.session.reset()
        return .status("removed \(count) article\(count == 1 ? "" : "s")")
    }
}
