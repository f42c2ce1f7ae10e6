/// Runs scripts: every command in order, stopping at the first error (unless told to keep
/// going), which is reported as `FILE:LINE:COL: COMMAND: message`.
public struct ScriptRunner {
    public let shell: Shell
    /// Whether to go on after a failed command.
    public var keepGoing: Bool

    public init(shell: Shell, keepGoing: Bool = false) {
        self.shell = shell
        self.keepGoing = keepGoing
    }

    /// Runs `source`, named `file` in error reports, with script arguments `arguments`.
    /// Returns the exit status: 0, 1 when a command failed, 2 on a usage or syntax error.
    /// `exit` anywhere ends the run with its status (thrown as `ShellError.exit`).
    public func run(_ source: String, file: String, arguments: [String]) throws(ShellError) -> Int32 {
        let saved = (shell.arguments, shell.scriptName)
        shell.arguments = arguments
        shell.scriptName = file
        defer { (shell.arguments, shell.scriptName) = saved }
        return try CommandLoop(shell: shell, file: file, keepGoing: keepGoing).run(source: source)
    }

    /// Runs parsed commands; errors are reported against `file`.
    public func run(_ commands: [ParsedCommand], file: String) throws(ShellError) -> Int32 {
        try CommandLoop(shell: shell, file: file, keepGoing: keepGoing).run(commands)
    }
}
