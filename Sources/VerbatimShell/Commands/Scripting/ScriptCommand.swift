/// A command defined with `def` … `end`: runs its commands with the call's words as `$1`….
struct ScriptCommand: Command {
    let signature: CommandSignature
    let body: [ParsedCommand]
    /// The file that defined it, for error reports.
    let file: String

    /// Calls nested deeper than this (a command calling itself) stop with an error.
    static let deepestCall = 64

    init(name: String, summary: String, body: [ParsedCommand], file: String) {
        var signature = CommandSignature(
            name: name, summary: summary, argumentsSynopsis: "[ARG...]", maximumArguments: nil,
            discussion: "Defined with def in \(file); its words are $1, $2… inside.")
        signature.takesRawArguments = true
        self.signature = signature
        self.body = body
        self.file = file
    }

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        guard shell.callDepth < Self.deepestCall else {
            throw ShellError.failure("commands call one another more than \(Self.deepestCall) deep")
        }
        let saved = (shell.arguments, shell.scriptName)
        shell.arguments = invocation.arguments
        shell.scriptName = signature.name
        shell.callDepth += 1
        defer {
            (shell.arguments, shell.scriptName) = saved
            shell.callDepth -= 1
        }
        let status = try ScriptRunner(shell: shell).run(body, file: file)
        if status != 0 { throw ShellError.reported(status) }
        return .none
    }
}
