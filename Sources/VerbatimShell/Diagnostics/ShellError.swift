/// Why a command did not complete. Commands throw it (or any error of the libraries, which
/// the shell turns into a sentence); the shell reports it as a `Diagnostic`.
public enum ShellError: Error, Equatable, Sendable {
    /// The command was called wrongly: unknown command or option, wrong arguments. Exit status 2.
    /// `subject` is the word the error is about, as typed, so the report can point at it.
    case usage(String, hint: String? = nil, subject: String? = nil)
    /// The command's work failed. Exit status 1.
    case failure(String, hint: String? = nil, subject: String? = nil)
    /// The user pressed Ctrl-C while the command ran.
    case interrupted
    /// `exit` was called with this status.
    case exit(Int32)
    /// A sourced script stopped on an error it has already reported; the status is its own.
    case reported(Int32)

    /// The exit status a script ends with when this error stops it.
    public var status: Int32 {
        switch self {
        case .usage: 2
        case .failure, .interrupted: 1
        case .exit(let status), .reported(let status): status
        }
    }
}
