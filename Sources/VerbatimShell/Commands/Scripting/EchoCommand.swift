/// `echo WORDS...`: prints its arguments.
struct EchoCommand: Command {
    let signature = CommandSignature(
        name: "echo", summary: "Print the arguments, separated by spaces.",
        argumentsSynopsis: "[WORD...]", maximumArguments: nil,
        examples: ["echo \"loaded $# files\""])

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        .text(invocation.arguments.joined(separator: " ") + "\n")
    }
}
