import CLineEditor
import Foundation

/// Long output shown through a pager at the prompt, as psql and git do: `$PAGER`, or
/// `less -FRX` (which quits at once when the text fits and keeps colours) when it is unset.
enum Pager {
    /// Shows `text` through the pager and waits for it; false when there is none to run (an
    /// empty `PAGER`, `cat`, no `less` installed) or it could not start.
    static func show(_ text: String) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        let command: String
        if let chosen = environment["PAGER"] {
            command = chosen
        } else if let less = executable(named: "less", in: environment["PATH"] ?? "/usr/bin:/bin") {
            command = "'\(less)' -FRX"
        } else {
            return false
        }
        guard !command.trimmingCharacters(in: .whitespaces).isEmpty, command != "cat" else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let input = Pipe()
        process.standardInput = input
        do { try process.run() } catch { return false }
        // The pager may quit before reading it all (q in less): the write then fails with EPIPE,
        // which ends it (the rest is not wanted) instead of raising SIGPIPE in the shell.
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        // Ctrl-C in the pager reached the shell too; it was for the pager.
        _ = verbatim_take_interrupt()
        return true
    }

    /// The path of the program `name` in the folders of `path`, if there is one.
    private static func executable(named name: String, in path: String) -> String? {
        path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
