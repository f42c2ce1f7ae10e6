/// Runs scripts: every command in order, stopping at the first error (unless told to keep
/// going) with a `FILE:LINE: message` report.
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
        let commands: [ParsedCommand]
        do {
            commands = try ScriptParser.parse(source)
        } catch {
            shell.writeError("\(file):\(error.line): \(error.message)\n")
            return 2
        }
        let saved = (shell.arguments, shell.scriptName)
        shell.arguments = arguments
        shell.scriptName = file
        defer { (shell.arguments, shell.scriptName) = saved }
        return try run(commands, file: file)
    }

    /// Runs parsed commands; errors are reported against `file`.
    public func run(_ commands: [ParsedCommand], file: String) throws(ShellError) -> Int32 {
        let savedFile = shell.currentFile
        shell.currentFile = file
        defer { shell.currentFile = savedFile }
        var status: Int32 = 0
        for command in commands {
            guard let failure = shell.isInterrupted() ? .interrupted : Self.attempt(command, in: shell) else { continue }
            switch failure {
            case .exit:
                throw failure
            case .reported(let code):
                status = code
            default:
                shell.writeError("\(file):\(command.line): \(failure.localizedDescription)\n")
                status = failure.status
            }
            if !keepGoing { return status }
        }
        return status
    }

    /// Runs one command; returns what stopped it, if anything.
    public static func attempt(_ command: ParsedCommand, in shell: Shell) -> ShellError? {
        do {
            try shell.execute(command)
            return nil
        } catch let error as ShellError {
            return error
        } catch {
            return .failure(error.localizedDescription)
        }
    }
}
