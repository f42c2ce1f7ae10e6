/// A command of the shell. Built-in commands and in-process plugin commands implement this
/// protocol alike; the shell parses options from the signature before calling `run`.
public protocol Command: Sendable {
    /// The command's name, options and help.
    var signature: CommandSignature { get }

    /// Does the work and returns what to print. Throw `ShellError.usage` for a wrong call and
    /// `ShellError.failure` (or any error with a readable description) when the work fails.
    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput
}

/// What a command gives back to print.
public enum CommandOutput: Sendable {
    /// Nothing to print.
    case none
    /// Text for people, printed as it is.
    case text(String)
    /// Rows, printed in the format chosen with `--format`.
    case table(Table)
}
