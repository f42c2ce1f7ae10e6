/// One problem to tell the user about: where it is, which command met it, what was wrong,
/// and what might help. Every error the shell reports becomes one, and `rendered` is the only
/// place that writes them out.
public struct Diagnostic: Hashable, Sendable {
    /// The script it comes from; nil at the prompt, where the line was just typed.
    public var file: String?
    /// The 1-based line and column of the problem, when known.
    public var line: Int?
    public var column: Int?
    /// The text of that line, shown under the message with a caret under the column.
    public var sourceLine: String?
    /// The command that failed; nil for problems before any command runs (syntax, an unknown command).
    public var command: String?
    /// What was wrong, as a sentence (more lines may list details).
    public var message: String
    /// What might help: a close name ("did you mean load?"), a usage line.
    public var hint: String?
    /// The exit status it ends a script with: 2 for usage and syntax errors, 1 otherwise.
    public var status: Int32

    public init(
        file: String? = nil, line: Int? = nil, column: Int? = nil, sourceLine: String? = nil,
        command: String? = nil, message: String, hint: String? = nil, status: Int32 = 1
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.sourceLine = sourceLine
        self.command = command
        self.message = message
        self.hint = hint
        self.status = status
    }
}
