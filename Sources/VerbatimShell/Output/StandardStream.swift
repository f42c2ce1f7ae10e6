import Foundation

/// Standard output and standard error, written without trapping on a failed write.
///
/// A stream that cannot be written (a full disk, a closed descriptor) ends the program with
/// status 1, after saying why on standard error when that can still be written. A reader that
/// went away (a pipe into `head`) ends it quietly by SIGPIPE, as any program's closed pipe does.
public enum StandardStream {
    /// Writes `text` to standard output.
    public static func writeOutput(_ text: String) { write(text, to: STDOUT_FILENO, named: "standard output") }

    /// Writes `text` to standard error.
    public static func writeError(_ text: String) { write(text, to: STDERR_FILENO, named: "standard error") }

    /// Writes `bytes` to standard output.
    public static func writeOutput(_ bytes: [UInt8]) { write(bytes, to: STDOUT_FILENO, named: "standard output") }

    private static func write(_ text: String, to descriptor: Int32, named name: String) {
        write(Array(text.utf8), to: descriptor, named: name)
    }

    private static func write(_ all: [UInt8], to descriptor: Int32, named name: String) {
        var bytes = all[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written >= 0 {
                bytes = bytes.dropFirst(written)
            } else if errno != EINTR {
                fail(writing: name, to: descriptor, code: errno)
            }
        }
    }

    private static func fail(writing name: String, to descriptor: Int32, code: Int32) -> Never {
        if code == EPIPE {
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
        }
        if descriptor != STDERR_FILENO {
            let message = Array("verbatim: cannot write to \(name): \(String(cString: strerror(code)))\n".utf8)
            _ = message.withUnsafeBytes { Foundation.write(STDERR_FILENO, $0.baseAddress, $0.count) }
        }
        exit(1)
    }
}
