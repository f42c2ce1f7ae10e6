import CLineEditor
import Foundation
import VerbatimShell

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
        } else if let less = ProgramPath.find("less", in: environment["PATH"] ?? "/usr/bin:/bin") {
            command = "'\(less)' -FRX"
        } else {
            return false
        }
        guard !command.trimmingCharacters(in: .whitespaces).isEmpty, command != "cat" else { return false }
        // The pager runs in the shell's own process group, the terminal's foreground one, so
        // that it may read keys from the terminal (one in a group of its own is stopped by
        // SIGTTIN the moment it does). Foundation's Process would give it a group of its own.
        guard let (pid, input) = spawn(["/bin/sh", "-c", command]) else { return false }
        // The pager may quit before reading it all (q in less): the write then fails with EPIPE,
        // which ends it (the rest is not wanted) instead of raising SIGPIPE in the shell.
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            written += count
        }
        close(input)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // Ctrl-C in the pager reached the shell too; it was for the pager.
        _ = verbatim_take_interrupt()
        return true
    }

    /// Starts `arguments` with its standard input the reading end of a new pipe, in this
    /// process's group; returns its pid and the pipe's writing end.
    private static func spawn(_ arguments: [String]) -> (pid_t, Int32)? {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        // Neither end may leak into other programs the shell starts.
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[0], 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let started = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        close(ends[0])
        guard started == 0 else {
            close(ends[1])
            return nil
        }
        return (pid, ends[1])
    }
}
