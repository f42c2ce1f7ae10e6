import Foundation

/// Reads an article's file, refusing what is not text.
public enum TextFileReader {
    /// Files larger than this are refused rather than read into memory.
    public static let maximumBytes = LoadLimits.fileBytes

    /// The file's text and its encoding (see `TextDecoding`), refusing texts over `limit`
    /// bytes (see `bytes`). Errors name the file `name`.
    public static func read(
        _ path: String, name: String? = nil, limit: Int = maximumBytes, kind: String = "files"
    ) throws -> (text: String, encoding: String) {
        if let text = try plainUTF8Text(path, name: name, limit: limit, kind: kind) { return (text, "utf-8") }
        let data = try bytes(path, name: name, limit: limit, kind: kind)
        guard !data.isEmpty else { throw LoadError(file: name ?? path, reason: "is empty") }
        do throws(TextDecoding.DecodingFailure) {
            return try TextDecoding.decode(data)
        } catch {
            switch error {
            case .binary: throw LoadError(file: name ?? path, reason: "is a binary file (it contains NUL bytes), not text")
            case .invalid(let line, let encoding): throw LoadError(file: name ?? path, line: line, reason: "is not valid \(encoding) text")
            }
        }
    }

    /// The text of a plain file (not gzip data) that is UTF-8 without NUL bytes, read
    /// straight into the string's own storage, so that a large text is held once, not also as
    /// bytes; nil for any other file, which `decode` reads from its bytes. The checks of
    /// `bytes` come first.
    private static func plainUTF8Text(_ path: String, name: String?, limit: Int, kind: String) throws -> String? {
        let size = try checkedSize(path, shown: name ?? path, limit: limit, kind: kind)
        guard size > 0, !GzipFile.startsWithMagicBytes(path), !path.lowercased().hasSuffix(".gz") else { return nil }
        // Not blocking, and checked again once open: a file swapped for a pipe meanwhile is
        // left to `bytes`, which refuses it.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        var isPlainUTF8 = false
        // One byte more than the file had: one read there means it grew meanwhile.
        let text = String(unsafeUninitializedCapacity: size + 1) { buffer in
            var count = 0
            while count <= size {
                let read = Foundation.read(descriptor, buffer.baseAddress! + count, size + 1 - count)
                if read < 0, errno == EINTR { continue }
                guard read > 0 else { break }
                count += read
            }
            // A read error, or a file that shrank or grew, is left to `bytes`, which reports
            // the error or reads what there is: part of a file is never taken for the whole.
            guard count == size else { return 0 }
            // A byte-order mark is dropped, as `decode` drops it.
            var start = 0
            if count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3 }
            guard count > start, TextDecoding.isPlainUTF8(UnsafeBufferPointer(rebasing: buffer[start..<count])) else { return 0 }
            isPlainUTF8 = true
            if start > 0 { buffer.baseAddress!.update(from: buffer.baseAddress! + start, count: count - start) }
            return count - start
        }
        return isPlainUTF8 ? text : nil
    }

    /// The file's text, which must be UTF-8 (a byte-order mark dropped), as scripts must be.
    /// Errors name the file `name`, and the line of the first byte that is not UTF-8.
    public static func utf8Text(_ path: String, name: String? = nil) throws -> String {
        let data = try bytes(path, name: name)
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        if let text = String(validating: body, as: UTF8.self) { return text }
        throw LoadError(file: name ?? path, line: TextDecoding.firstInvalidLine(in: body), reason: "is not valid UTF-8 text")
    }

    /// The file's bytes, refusing missing, unreadable, oversized and special files (devices,
    /// pipes); gzip data (which starts with the bytes 1f 8b) is decompressed, and a file named
    /// `.gz` (in any case) must be gzip data. Files over `limit` bytes (decompressed) are
    /// refused as `kind` ("web pages over 32 MB are not loaded"); decompression stops at the
    /// limit. Symbolic links are followed. Errors name the file `name`.
    public static func bytes(_ path: String, name: String? = nil, limit: Int = maximumBytes, kind: String = "files") throws -> Data {
        let shown = name ?? path
        _ = try checkedSize(path, shown: shown, limit: limit, kind: kind)
        let refusal = "\(kind) over \(LoadLimits.megabytes(limit)) are not loaded"
        let isGzip = GzipFile.startsWithMagicBytes(path)
        if isGzip || path.lowercased().hasSuffix(".gz") {
            guard isGzip else { throw LoadError(file: shown, reason: "is not gzip data") }
            switch GzipFile.read(path, limit: limit) {
            case .bytes(let bytes): return Data(bytes)
            case .notGzip: throw LoadError(file: shown, reason: "is not gzip data")
            case .tooLarge: throw LoadError(file: shown, reason: "unpacks to more than \(LoadLimits.megabytes(limit)); \(refusal)")
            }
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let code = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError)?.code ?? Int(EIO)
            throw LoadError(file: shown, reason: reason(Int32(code)))
        }
    }

    /// The size of the regular file at `path`, refusing missing, unreadable, oversized and
    /// special files (devices, pipes), as `bytes` describes; errors name the file `shown`.
    private static func checkedSize(_ path: String, shown: String, limit: Int, kind: String) throws -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else { throw LoadError(file: shown, reason: reason(errno)) }
        guard info.st_mode & S_IFMT != S_IFDIR else { throw LoadError(file: shown, reason: "is a folder, not a file") }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw LoadError(file: shown, reason: "is not a regular file (a device, pipe or socket)")
        }
        let size = Int(info.st_size)
        let refusal = "\(kind) over \(LoadLimits.megabytes(limit)) are not loaded"
        if size > limit {
            throw LoadError(file: shown, reason: "is \(LoadLimits.megabytes(roundingUp: size)); \(refusal)")
        }
        guard access(path, R_OK) == 0 else { throw LoadError(file: shown, reason: reason(errno)) }
        return size
    }

    /// Why a file could not be opened or read, from its error number.
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: "no such file"
        case EACCES, EPERM: "cannot be read (permission denied)"
        default: "cannot be read (\(String(cString: strerror(code)).lowercased()))"
        }
    }
}
