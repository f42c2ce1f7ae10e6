/// `exit [STATUS]`: leaves the shell or script; at the prompt, a session with unsaved changes
/// only when you say so. `exit!` leaves without asking.
struct ExitCommand: Command {
    /// Whether this is `exit!`, which does not ask.
    var force = false

    var signature: CommandSignature {
        force
            ? CommandSignature(name: "exit!", summary: "Leave the shell without asking about unsaved changes.",
                               argumentsSynopsis: "[STATUS]", maximumArguments: 1, examples: ["exit!"])
            : CommandSignature(name: "exit", summary: "Leave the shell, or end the script, with a status (default 0).",
                               argumentsSynopsis: "[STATUS]", maximumArguments: 1,
                               discussion: "At the prompt, a session with changes not saved is left only when you say so (exit! does not ask).",
                               examples: ["exit", "exit 3"])
    }

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        guard force || shell.mayDropUnsavedChanges() else { return .status(Shell.keptNote) }
        guard let word = invocation.arguments.first else { throw ShellError.exit(0) }
        guard let status = Int32(word), (0...255).contains(status) else {
            throw ShellError.usage("the status must be a number from 0 to 255, not \"\(word)\"", subject: word)
        }
        throw ShellError.exit(status)
    }
}
