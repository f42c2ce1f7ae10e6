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

    /// Why a file could not be opened or read, from its error number.
    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: "no such file"
        case EACCES, EPERM: "cannot be read (permission denied)"
        default: "cannot be read (\(String(cString: strerror(code)).lowercased()))"
        }
    }
}
