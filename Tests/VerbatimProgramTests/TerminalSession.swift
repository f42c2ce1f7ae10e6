import CPseudoTerminal
import Foundation

/// verbatim running on a real pseudo-terminal: keys go in, the screen's bytes come out.
final class TerminalSession {
    private let master: Int32
    private let pid: pid_t
    /// What the program has written that no wait has consumed yet.
    private(set) var transcript = ""
    /// Everything the program has written so far.
    private(set) var everything = ""

    struct TimedOut: Error, CustomStringConvertible {
        var expected: String
        var transcript: String
        var description: String { "did not see \(expected.debugDescription) in \(transcript.debugDescription)" }
    }

    init(environment: [String: String], directory: String = Program.projectRoot, columns: UInt16 = 120,
         arguments: [String] = []) throws {
        var environment = environment
        environment["TERM"] = environment["TERM"] ?? "xterm"
        environment["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        // Sanitizer settings reach the program as they reach the tests.
        for (name, value) in ProcessInfo.processInfo.environment where name.hasSuffix("SAN_OPTIONS") { environment[name] = value }
        let argv: [String] = [Program.path] + arguments
        let envp = environment.map { "\($0.key)=\($0.value)" }
        var master: Int32 = -1
        pid = Self.withCStrings(argv) { cArgv in
            Self.withCStrings(envp) { cEnvp in verbatim_pty_spawn(Program.path, cArgv, cEnvp, directory, 30, columns, &master) }
        }
        guard pid > 0 else { throw POSIXError(.ECHILD) }
        self.master = master
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(master)
    }

    /// Makes the terminal `columns` wide, as a person dragging its window does.
    func resize(rows: UInt16 = 30, columns: UInt16) {
        _ = verbatim_pty_resize(master, rows, columns)
    }

    /// Types `keys` (control characters included) at the terminal.
    func type(_ keys: String) {
        let bytes = Array(keys.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Types Ctrl-D. libedit prints its prompt a moment before it switches the terminal out of
    /// canonical mode, and an end-of-file typed in that moment is lost; a person never types
    /// that fast, so the key waits a little.
    func typeEndOfInput() {
        Thread.sleep(forTimeInterval: 0.2)
        type("\u{04}")
    }

    /// Waits until the program has written `text` after what earlier waits consumed.
    @discardableResult
    func expect(_ text: String, within seconds: Double = 15) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let range = transcript.range(of: text) {
                let seen = String(transcript[..<range.upperBound])
                transcript = String(transcript[range.upperBound...])
                return seen
            }
            readAvailable(waitingMilliseconds: 100)
        }
        throw TimedOut(expected: text, transcript: transcript)
    }

    /// Waits for the program to exit and returns its status.
    func exitStatus(within seconds: Double = 15) throws -> Int32 {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            readAvailable(waitingMilliseconds: 50)
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { return (status >> 8) & 0xFF }
        }
        throw TimedOut(expected: "exit", transcript: transcript)
    }

    private func readAvailable(waitingMilliseconds: Int32) {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, waitingMilliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        if count > 0 {
            let text = String(decoding: buffer[..<count], as: UTF8.self)
            transcript += text
            everything += text
        }
    }

    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        let pointers = strings.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}
