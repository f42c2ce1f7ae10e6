import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file the way its kind needs. A regular file is replaced all at once: temporary
/// file beside it, flush to disk, rename; it keeps its permissions. A write killed before its
/// rename leaves the old file whole and a temporary file, which the next write of the same
/// file removes. A symbolic link is written at its target and stays a link. Character devices
/// and pipes (`/dev/null`, `/dev/stdout`, a FIFO) are written into as they are, and so is the
/// file behind a descriptor path (`/dev/stdout`, `/dev/fd/N`, `/proc/self/fd/N`); terminals,
/// folders, sockets and block devices are refused.
public enum AtomicFile {
    /// Writes `data` to `path`; a file created anew gets `newFileMode` (less the umask).
    public static func write(_ data: Data, to path: String, newFileMode: mode_t = 0o666) throws {
        switch try destination(of: path) {
        case .stream: try writeInPlace(data, to: path)
        case .file(let target, let existingMode):
            try replace(target, with: data, keeping: existingMode, newFileMode: newFileMode, shown: path)
        }
    }

    /// Checks now what `write(_:to:)` will check later, for a write that comes at the end of
    /// a long run (`output FILE`): the path is no folder, socket or terminal, and a file can
    /// be created beside it (one is made and removed). Throws the `WriteError` the write would.
    public static func checkWritable(_ path: String) throws {
        switch try destination(of: path) {
        case .stream:
            // Without O_NONBLOCK, opening a pipe nobody reads yet would wait for a reader.
            let descriptor = open(path, O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
            guard descriptor >= 0 else {
                if errno == ENXIO { return }
                throw WriteError(path: path, reason: String(cString: strerror(errno)))
            }
            defer { close(descriptor) }
            if isatty(descriptor) != 0 { throw WriteError(path: path, reason: terminalReason) }
        case .file(let target, _):
            let directory = (target as NSString).deletingLastPathComponent
            let probe = ((directory.isEmpty ? "." : directory) as NSString)
                .appendingPathComponent(".\((target as NSString).lastPathComponent).\(getpid()).probe.tmp")
            let descriptor = open(probe, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
            close(descriptor)
            unlink(probe)
        }
    }

    /// Where a write of `path` goes.
    private enum Destination {
        /// Into the device or pipe the path names, as it is.
        case stream
        /// A regular file at `path` (links resolved), replaced or created; `mode` is the
        /// permissions of the file it replaces.
        case file(path: String, mode: mode_t?)
    }

    private static func destination(of path: String) throws -> Destination {
        var info = stat()
        guard stat(path, &info) == 0 else {
            guard errno == ENOENT else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
            return .file(path: try danglingTarget(of: path), mode: nil)
        }
        switch info.st_mode & S_IFMT {
        case S_IFCHR, S_IFIFO: return .stream
        case S_IFREG:
            // /dev/stdout and /proc/self/fd/1 reach a file the process already writes to.
            if namesADescriptor(path) { return .stream }
            guard let resolved = realpath(path, nil) else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
            defer { free(resolved) }
            return .file(path: String(cString: resolved), mode: info.st_mode & 0o7777)
        case S_IFDIR: throw WriteError(path: path, reason: "it is a folder")
        case S_IFSOCK: throw WriteError(path: path, reason: "it is a socket")
        default: throw WriteError(path: path, reason: "it is a block device")
        }
    }

    /// Whether `path` names an open descriptor rather than a file: `/dev/stdout`, `/dev/stderr`,
    /// `/dev/fd/N` or `/proc/…/fd/N`.
    private static func namesADescriptor(_ path: String) -> Bool {
        if path == "/dev/stdout" || path == "/dev/stderr" { return true }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        func isNumber(_ part: Substring) -> Bool { !part.isEmpty && part.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        if parts.count == 4, parts[0].isEmpty, parts[1] == "dev", parts[2] == "fd" { return isNumber(parts[3]) }
        if parts.count == 5, parts[0].isEmpty, parts[1] == "proc", !parts[2].isEmpty, parts[3] == "fd" { return isNumber(parts[4]) }
        return false
    }

    /// Where a path that does not exist yet will be created: the end of its chain of symbolic
    /// links, or the path itself.
    private static func danglingTarget(of path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count > 0 else { return current }
            let target = String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/") ? target
                : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(target)
        }
        throw WriteError(path: path, reason: "too many levels of symbolic links")
    }

    /// Writes into a device or pipe (or the file behind /dev/stdout), appending. A terminal is
    /// refused: data formats are written exactly, and their control characters would act there.
    private static func writeInPlace(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        if isatty(descriptor) != 0 { throw WriteError(path: path, reason: terminalReason) }
        if let failure = writeAll(data, to: descriptor) { throw WriteError(path: path, reason: failure) }
    }

    /// Replaces (or creates) the regular file `path` through a temporary file beside it, which
    /// gets the replaced file's `existingMode` or, for a new file, `newFileMode`.
    private static func replace(_ path: String, with data: Data, keeping existingMode: mode_t?, newFileMode: mode_t,
                                shown: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = ((directory.isEmpty ? "." : directory) as NSString)
            .appendingPathComponent(".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, existingMode == nil ? newFileMode : 0o600)
        guard descriptor >= 0 else { throw WriteError(path: shown, reason: String(cString: strerror(errno))) }
        var failure: String?
        if let existingMode, fchmod(descriptor, existingMode) != 0 { failure = String(cString: strerror(errno)) }
        if failure == nil { failure = writeAll(data, to: descriptor) }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw WriteError(path: shown, reason: failure)
        }
        removeAbandonedTemporaries(of: name, in: directory.isEmpty ? "." : directory)
    }

    /// Why a terminal is not written to (the `reason` of its `WriteError`).
    public static let terminalReason = "it is a terminal, where control characters in the data would act"

    /// Writes all of `data`; the reason it could not, or nil.
    private static func writeAll(_ data: Data, to descriptor: Int32) -> String? {
        data.withUnsafeBytes { buffer in
            guard let start = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, start + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
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
