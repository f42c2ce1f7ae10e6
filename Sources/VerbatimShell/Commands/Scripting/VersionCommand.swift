/// `version`: which Verbatim this is, as `verbatim --version` says.
struct VersionCommand: Command {
    let signature = CommandSignature(name: "version", summary: "Print Verbatim's version.", examples: ["version"])

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        .text("verbatim \(Shell.version)\n")
    }
}
