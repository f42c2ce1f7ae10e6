/// A command of the shell. Built-in commands and in-process plugin commands implement this
/// protocol alike; the shell parses options from the signature before calling `run`.
public protocol Command: Sendable {
    /// The command's name, options and help.
    var signature: CommandSignature { get }

    /// Does the work and returns what to print. Throw `ShellError.usage` for a wrong call and
    /// `ShellError.failure` (or an error of the libraries, which the shell puts into words)
    /// when the work fails; the shell names the command in the report, so messages don't.
    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput
}

/// What a command gives back to print.
public enum CommandOutput: Sendable {
    /// Nothing to print.
    case none
    /// Text that is the command's result (`show`, `echo`), printed on standard output.
    case text(String)
    /// Text with parts coloured on a terminal (`show`, `diff`), printed on standard output.
    case styledText(StyledText)
    /// A line saying what was done ("loaded 3 articles…"), for people: printed on standard
    /// error, so that standard output holds only data, and left out when the shell is quiet.
    case status(String)
    /// Rows, printed in the format chosen with `--format`.
    case table(Table)
}
