/// `help [COMMAND]`: the command list, or one command's synopsis, options and examples,
/// wrapped to `option width N`, else the terminal's width (80 columns in a file or pipe).
struct HelpCommand: Command {
    let signature = CommandSignature(
        name: "help", summary: "List the commands, or explain one.",
        argumentsSynopsis: "[COMMAND]", arguments: .commands, maximumArguments: 1,
        examples: ["help", "help quotes"])

    static let grammar = """
    Grammar: words separated by spaces; "double" and 'single' quotes (backslash escapes in \
    both, $variables in double quotes only); # comments; ; between commands; a trailing \\ \
    continues the line; set NAME VALUE, then $NAME or ${NAME} (else the environment's: $HOME); \
    script arguments $1…, $#, $@.
    """

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let width = if case .columns(let columns) = shell.options.width { columns }
            else { shell.writesToTerminal ? shell.terminalColumns() ?? 80 : 80 }
        guard let name = invocation.arguments.first else { return .text(TextWrapping.wrapped(overview(shell), width: width)) }
        guard let command = shell.registry.command(named: name) else {
            throw ShellError.failure("no command \"\(name)\"", hint: Suggestion.hint(for: name, among: shell.registry.names), subject: name)
        }
        return .text(TextWrapping.wrapped(Self.page(for: command.signature), width: width))
    }

    /// The commands of the main list, then those of each help section in alphabetical order of
    /// the sections, each under its heading.
    private func overview(_ shell: Shell) -> String {
        let width = shell.registry.names.map(\.count).max() ?? 0
        let sections = Dictionary(grouping: shell.registry.all, by: \.signature.helpSection)
        let headings = [nil] + sections.keys.compactMap { $0 }.sorted()
        let lists = headings.compactMap { heading -> String? in
            guard let commands = sections[heading] else { return nil }
            let lines = commands.map { command in
                let name = command.signature.name
                return "  " + name + String(repeating: " ", count: width - name.count) + "  " + command.signature.summary
            }
            return (heading ?? "Commands") + ":\n" + lines.joined(separator: "\n") + "\n\n"
        }
        return lists.joined() + Self.grammar + "\n\nType help COMMAND for its options and examples.\n"
    }

    /// The help page of one command.
    static func page(for signature: CommandSignature) -> String {
        var page = "usage: \(signature.synopsis)\n\n\(signature.summary)\n"
        if !signature.discussion.isEmpty { page += "\n\(TextWrapping.reflowed(signature.discussion))\n" }
        if !signature.options.isEmpty {
            page += "\nOptions:\n"
            let labels = signature.options.map { "--\($0.name)" + ($0.valueName.map { " \($0)" } ?? "") }
            let width = labels.map(\.count).max() ?? 0
            for (label, option) in zip(labels, signature.options) {
                page += "  " + label + String(repeating: " ", count: width - label.count) + "  " + option.help + "\n"
            }
        }
        if !signature.examples.isEmpty {
            page += "\nExamples:\n" + signature.examples.map { "  \($0)\n" }.joined()
        }
        return page
    }
}
