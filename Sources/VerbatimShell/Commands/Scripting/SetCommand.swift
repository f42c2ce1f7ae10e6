/// `set NAME VALUE...`: sets a variable; `set` alone lists them.
struct SetCommand: Command {
    let signature = CommandSignature(
        name: "set", summary: "Set a variable, or list the variables.",
        argumentsSynopsis: "[NAME [VALUE...]]", maximumArguments: nil, listsRows: true,
        discussion: """
        The value is the remaining words joined by spaces; use it as $NAME or ${NAME}. Without a
        value the variable is set to the empty string. Without arguments, lists the variables.
        A value that starts with -- goes after --: set flag -- --verbose. A value may hold
        64 MB, and all variables together 256 MB.
        """,
        examples: ["set outlet reuters", "load \"$dir/$outlet.txt\"", "set"])

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        guard let name = invocation.arguments.first else {
            var table = Table(columns: ["name", "value"])
            for name in shell.variables.keys.sorted() { table.append([.text(name), .text(shell.variables[name]!)]) }
            return .table(table)
        }
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first),
              name.unicodeScalars.allSatisfy(ScriptParser.isNameScalar) else {
            throw ShellError.usage("\"\(name)\" is not a variable name (letters, digits and _, not starting with a digit)", subject: name)
        }
        try shell.setVariable(name, to: invocation.arguments.dropFirst().joined(separator: " "))
        return .none
    }
}
