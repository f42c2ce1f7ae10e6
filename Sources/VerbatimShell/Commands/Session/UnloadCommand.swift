/// `unload ARTICLE...`: removes articles and their quotes.
struct UnloadCommand: Command {
    let signature = CommandSignature(
        name: "unload", summary: "Remove articles and their quotes from the session.",
        argumentsSynopsis: "ARTICLE...", arguments: .articles, minimumArguments: 1, maximumArguments: nil,
        discussion: "Ids of the remaining articles and quotes do not change.",
        examples: ["unload a2", "unload a1 a3"])

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let ids = try shell.articleIDs(invocation.arguments)
        for id in ids { shell.session.unload(id) }
        return .status("unloaded \(ids.joined(separator: ", "))")
    }
}
