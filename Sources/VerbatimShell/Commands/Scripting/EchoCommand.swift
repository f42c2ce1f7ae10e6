/// `echo WORDS...`: prints its arguments.
struct EchoCommand: Command {
    let signature: CommandSignature = {
        var signature = CommandSignature(
            name: "echo", summary: "Print the arguments, separated by spaces.",
            argumentsSynopsis: "[WORD...]", maximumArguments: nil,
            discussion: "echo takes no options: every word is printed as it is, --words too (a first -- is left out, "
                + "as shells that end options there do).",
            examples: ["echo \"loaded $# files\"", "echo run it with --keep-going"])
        signature.takesRawArguments = true
        return signature
    }()

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let words = invocation.arguments.first == "--" ? Array(invocation.arguments.dropFirst()) : invocation.arguments
        return .text(words.joined(separator: " ") + "\n")
    }
}
