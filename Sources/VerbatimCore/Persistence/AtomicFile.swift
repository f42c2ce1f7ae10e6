import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Replaces a file all at once: temporary file, flush to disk, rename. A write killed before
/// its rename leaves the old file whole and a temporary file, which the next write of the
/// same file removes.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = ((directory.isEmpty ? "." : directory) as NSString)
            .appendingPathComponent(".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        var failure: String?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw WriteError(path: path, reason: failure)
        }
        removeAbandonedTemporaries(of: name, in: directory.isEmpty ? "." : directory)
    }

    /// Removes temporary files of `name` whose writing process has died.
    private static func removeAbandonedTemporaries(of name: String, in directory: String) {
        let prefix = ".\(name)."
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
            guard let pid = Int32(entry.dropFirst(prefix.count).split(separator: ".").first ?? ""),
                  pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink((directory as NSString).appendingPathComponent(entry))
        }
    }

    /// A file that could not be written.
    public struct WriteError: Error, LocalizedError, Sendable {
        public var path: String
        public var reason: String
        public var errorDescription: String? { "\(path): cannot be written (\(reason))" }
    }
}
