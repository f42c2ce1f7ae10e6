import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a plugin executable once: starts it directly (never through a shell), writes the
/// request to its standard input, collects its standard output and error, and stops it if it
/// runs too long, writes too much or the user presses Ctrl-C.
struct PluginProcess {
    /// What the run gave back.
    struct Output {
        var standardOutput: [UInt8]
        var standardError: [UInt8]
        /// The exit status, or nil when a signal ended it.
        var status: Int32?
        var signal: Int32?
    }

    /// Why a run did not complete.
    enum Failure: Error, Equatable {
        case cannotStart(String)
        case timedOut(seconds: Double)
        case tooMuchOutput(limit: Int)
        case interrupted
    }

    var executable: String
    var timeout: Double
    var outputLimit: Int
    var isInterrupted: () -> Bool

    /// Runs the plugin with `request` (one line) on its standard input.
    func run(request: [UInt8]) throws(Failure) -> Output {
        var input: [Int32] = [-1, -1], output: [Int32] = [-1, -1], errors: [Int32] = [-1, -1]
        // A socket for standard input, so writing to a plugin that exits early fails with
        // EPIPE instead of raising SIGPIPE in Verbatim.
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &input) == 0, pipe(&output) == 0, pipe(&errors) == 0 else {
            throw .cannotStart(String(cString: strerror(errno)))
        }
        let pid: pid_t
        do {
            pid = try spawn(stdin: input[1], stdout: output[1], stderr: errors[1])
        } catch {
            for fd in input + output + errors { close(fd) }
            throw error
        }
        close(input[1]); close(output[1]); close(errors[1])
        defer { close(input[0]); close(output[0]); close(errors[0]) }
        let group = PluginProcessGroup(leader: pid)
        var result = Output(standardOutput: [], standardError: [], status: nil, signal: nil)
        do throws(Failure) {
            (result.status, result.signal) = try exchange(request, with: group, input: input[0], output: output[0], errors: errors[0],
                                                          until: Date().addingTimeInterval(timeout), into: &result)
            group.stopLeftovers()
            // Ctrl-C while the plugin ran voids its answer, even when it finished first.
            if isInterrupted() { throw .interrupted }
        } catch {
            group.stop()
            throw error
        }
        return result
    }

    private func spawn(stdin: Int32, stdout: Int32, stderr: Int32) throws(Failure) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)
        // Nothing else Verbatim has open is handed down: a file another thread is writing
        // would stay "text file busy" for as long as the plugin, or a child of it, runs.
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))?.compactMap { Int32($0) } ?? []
        for fd in Set(open + [stdin, stdout, stderr]) where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The plugin starts with default signal handling and nothing blocked.
        var defaults = sigset_t(), empty = sigset_t()
        sigemptyset(&empty)
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGPIPE, SIGTERM, SIGQUIT] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        // A process group of its own: stopping it stops its children, and Ctrl-C at the
        // terminal goes to Verbatim, which decides.
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP))
        var pid = pid_t()
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(executable), nil]
        defer { for argument in argv { free(argument) } }
        var code = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        // A file just written may still be open for writing in a process another thread is
        // starting ("text file busy") for a moment.
        var attempts = 0
        while code == ETXTBSY, attempts < 50 {
            usleep(10_000)
            attempts += 1
            code = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        }
        guard code == 0 else { throw .cannotStart(String(cString: strerror(code))) }
        return pid
    }

    /// Writes the request and reads both outputs until the plugin exits, then what it left in
    /// them (without waiting for the end of output a child of the plugin may still hold open);
    /// the plugin's exit status, or the signal that ended it.
    private func exchange(_ request: [UInt8], with group: PluginProcessGroup, input: Int32, output: Int32, errors: Int32,
                          until deadline: Date, into result: inout Output) throws(Failure) -> (status: Int32?, signal: Int32?) {
        var written = 0
        var inputOpen = true, outputOpen = true, errorsOpen = true
        var exit: (status: Int32?, signal: Int32?)?
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            if isInterrupted() { throw .interrupted }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { throw .timedOut(seconds: timeout) }
            if exit != nil { inputOpen = false }
            var fds: [pollfd] = []
            if inputOpen { fds.append(pollfd(fd: input, events: Int16(POLLOUT), revents: 0)) }
            if outputOpen { fds.append(pollfd(fd: output, events: Int16(POLLIN), revents: 0)) }
            if errorsOpen { fds.append(pollfd(fd: errors, events: Int16(POLLIN), revents: 0)) }
            // Once the plugin has exited, only what is already there is read.
            let wait = exit == nil ? Int32(min(remaining, 0.05) * 1000) + 1 : 0
            let ready = poll(&fds, nfds_t(fds.count), wait)
            if ready < 0, errno != EINTR { throw .cannotStart(String(cString: strerror(errno))) }
            var readSome = false
            for entry in fds where entry.revents != 0 {
                if entry.fd == input {
                    let count = request.withUnsafeBytes { bytes in
                        send(input, bytes.baseAddress! + written, bytes.count - written, Int32(MSG_NOSIGNAL))
                    }
                    if count > 0 { written += count }
                    if count < 0 || written == request.count {
                        shutdown(input, Int32(SHUT_WR))
                        inputOpen = false
                    }
                    continue
                }
                let count = read(entry.fd, &buffer, buffer.count)
                if count <= 0 {
                    if entry.fd == output { outputOpen = false } else { errorsOpen = false }
                    continue
                }
                readSome = true
                if entry.fd == output {
                    result.standardOutput += buffer[0..<count]
                    if result.standardOutput.count > outputLimit { throw .tooMuchOutput(limit: outputLimit) }
                } else if result.standardError.count < 65536 {
                    result.standardError += buffer[0..<count]
                }
            }
            if let exit, !readSome { return exit }
            if exit == nil { exit = group.exit() }
        }
    }
}
