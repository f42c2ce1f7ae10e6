/// `exit [STATUS]`: leaves the shell or script.
struct ExitCommand: Command {
    let signature = CommandSignature(
        name: "exit", summary: "Leave the shell, or end the script, with a status (default 0).",
        argumentsSynopsis: "[STATUS]", maximumArguments: 1, examples: ["exit", "exit 3"])

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        guard let word = invocation.arguments.first else { throw ShellError.exit(0) }
        guard let status = Int32(word), (0...255).contains(status) else {
            throw ShellError.usage("the status must be a number from 0 to 255, not \"\(word)\"", subject: word)
        }
        throw ShellError.exit(status)
    }
}
