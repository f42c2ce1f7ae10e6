import Foundation

/// Reads an article's file, refusing what is not text.
public enum TextFileReader {
    /// Files larger than this are refused rather than read into memory.
    public static let maximumBytes = 256 * 1024 * 1024

    /// The file's text and its encoding (see `TextDecoding`). Errors name the file `name`.
    public static func read(_ path: String, name: String? = nil) throws -> (text: String, encoding: String) {
        let data = try bytes(path, name: name)
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

    /// The file's bytes, refusing missing, unreadable and oversized files; `.gz` files are
    /// decompressed. Errors name the file `name`.
    public static func bytes(_ path: String, name: String? = nil) throws -> Data {
        let shown = name ?? path
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw LoadError(file: shown, reason: "no such file")
        }
        if let size = attributes[.size] as? Int, size > maximumBytes {
            throw LoadError(file: shown, reason: "is \(size / 1_048_576) MB; files over \(maximumBytes / 1_048_576) MB are not loaded")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw LoadError(file: shown, reason: "cannot be read (permission denied)")
        }
        if path.hasSuffix(".gz") {
            guard let bytes = GzipFile.read(path, limit: maximumBytes) else {
                throw LoadError(file: shown, reason: "is not gzip data, or unpacks to more than \(maximumBytes / 1_048_576) MB")
            }
            return Data(bytes)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(file: shown, reason: "cannot be read (permission denied?)")
        }
        return data
    }
}
