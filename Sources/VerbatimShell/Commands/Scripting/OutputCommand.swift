/// `output [FILE]`: standard output of the commands that follow goes to FILE, until `output`
/// alone (psql's `\o`).
struct OutputCommand: Command {
    let signature = CommandSignature(
        name: "output", summary: "Send what the next commands print to a file, until output alone.",
        argumentsSynopsis: "[FILE]", arguments: .files, maximumArguments: 1,
        discussion: """
        From output FILE on, what commands print (tables, rows, show, echo) goes to FILE \
        instead of standard output: whole cells, no colour, the data as it is; status lines \
        and errors stay on standard error. The file is written atomically when output alone \
        ends it, when another output FILE starts, or when the shell or script ends. Until \
        then it is kept in memory.
        """,
        examples: ["output report.txt; quotes; speakers; output", "output counts.csv; option format csv; speakers; output"])

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        if let path = invocation.arguments.first {
            if let previous = try shell.endOutput() { shell.say("wrote \(previous)") }
            try shell.beginOutput(to: path)
            return .none
        }
        guard let path = try shell.endOutput() else { return .status("output was not going to a file") }
        return .status("wrote \(path)")
    }
}
