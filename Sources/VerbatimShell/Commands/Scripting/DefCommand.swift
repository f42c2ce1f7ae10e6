/// `def NAME [SUMMARY]` … `end`: defines a command from the commands between.
struct DefCommand: Command {
    let signature = CommandSignature(
        name: "def", summary: "Define a command from the commands that follow, up to end.",
        argumentsSynopsis: "NAME [SUMMARY]", arguments: .none, minimumArguments: 1, maximumArguments: 2,
        discussion: """
        The commands between def and end run when NAME is called, with the call's words as \
        $1, $2…, their count as $# and all of them as $@ (every word is an argument: the \
        command takes no options). SUMMARY is what help shows. A script or a file read with \
        source can define commands; they last as long as the shell. Errors inside are \
        reported with the line in the file that defines them. A name of a built-in or plugin \
        command cannot be taken; defining a name again replaces the earlier definition.
        """,
        examples: ["def quoted-by \"The quotes of one speaker, as TSV\"; quotes --speaker $1 --format tsv; end", "quoted-by Reyes"])

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let name = invocation.arguments[0]
        guard let body = invocation.body else { throw ShellError.usage("the commands \(name) runs go on the next lines, then end") }
        if let problem = Identifier.problem(withCommandName: name) {
            throw ShellError.usage("\"\(name)\" is not a command name (\(problem))", subject: name)
        }
        if let existing = shell.registry.command(named: name), !(existing is ScriptCommand) {
            throw ShellError.failure("\(name) is already a command; choose another name", subject: name)
        }
        let summary = invocation.arguments.count > 1 ? invocation.arguments[1] : "Defined in \(shell.currentFile)."
        shell.registry.register(ScriptCommand(name: name, summary: summary, body: body, file: shell.currentFile))
        return .none
    }
}
