/// `history [N]`: the prompt's history, numbered, the last N entries or all.
struct HistoryCommand: Command {
    let signature = CommandSignature(
        name: "history", summary: "List the commands typed at the prompt, the last N or all.",
        argumentsSynopsis: "[N]", maximumArguments: 1, listsRows: true,
        discussion: """
        Columns: number (1 is the oldest kept), command. A command typed over several lines \
        (an open quote, a trailing \\) is one entry. The prompt keeps 1,000 entries in \
        $XDG_STATE_HOME/verbatim/history (by default ~/.local/state/verbatim/history); \
        scripts and -c have no history. Keys are libedit's, which reads ~/.editrc.
        """,
        examples: ["history", "history 20"])

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let entries = shell.history()
        var shown = entries.count
        if let count = invocation.arguments.first {
            guard let number = Int(count), number >= 0 else {
                throw ShellError.usage("history takes a number of entries, not \"\(count)\"", subject: count)
            }
            shown = min(number, entries.count)
        }
        var table = Table(columns: ["number", "command"])
        for (index, entry) in entries.enumerated().suffix(shown) { table.append([.integer(index + 1), .text(entry)]) }
        return .table(table)
    }
}
