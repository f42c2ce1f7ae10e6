import Foundation

/// Why a command did not complete.
public enum ShellError: Error, LocalizedError, Equatable, Sendable {
    /// The command was called wrongly: unknown command or option, wrong arguments. Exit status 2.
    case usage(String)
    /// The command's work failed. Exit status 1.
    case failure(String)
    /// The user pressed Ctrl-C while the command ran.
    case interrupted
    /// `exit` was called with this status.
    case exit(Int32)
    /// A sourced script stopped on an error it has already reported; the status is its own.
    case reported(Int32)

    public var errorDescription: String? {
        switch self {
        case .usage(let message), .failure(let message): message
        case .interrupted: "interrupted"
        case .exit(let status): "exit \(status)"
        case .reported(let status): "stopped with status \(status)"
        }
    }

    /// The exit status a script ends with when this error stops it.
    public var status: Int32 {
        switch self {
        case .usage: 2
        case .failure, .interrupted: 1
        case .exit(let status), .reported(let status): status
        }
    }
}
