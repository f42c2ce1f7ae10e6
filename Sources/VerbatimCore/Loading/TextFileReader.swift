import Foundation

/// Reads an article's text from a file, refusing what is not text.
public enum TextFileReader {
    /// Files larger than this are refused rather than read into memory.
    public static let maximumBytes = 256 * 1024 * 1024

    /// The file's text: UTF-8, with a byte-order mark dropped. Errors name the file `name`.
    public static func read(_ path: String, name: String? = nil) throws -> String {
        do {
            return try readText(path)
        } catch var error as LoadError {
            error.file = name ?? path
            throw error
        }
    }

    private static func readText(_ path: String) throws -> String {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw LoadError(file: path, reason: "no such file")
        }
        if let size = attributes[.size] as? Int, size > maximumBytes {
            throw LoadError(file: path, reason: "is \(size / 1_048_576) MB; files over \(maximumBytes / 1_048_576) MB are not loaded")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(file: path, reason: "cannot be read (permission denied?)")
        }
        guard !data.isEmpty else { throw LoadError(file: path, reason: "is empty") }
        if data.contains(0) { throw LoadError(file: path, reason: "is a binary file (it contains NUL bytes), not text") }
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        guard let text = String(validating: body, as: UTF8.self) else {
            throw LoadError(file: path, line: firstInvalidLine(in: body), reason: "is not valid UTF-8 text")
        }
        return text
    }

    /// The 1-based line of the first byte that breaks UTF-8 decoding.
    private static func firstInvalidLine(in data: Data.SubSequence) -> Int {
        var line = 1
        var lineStart = data.startIndex
        for index in data.indices where data[index] == 0x0A {
            if String(validating: data[lineStart..<index], as: UTF8.self) == nil { return line }
            line += 1
            lineStart = index + 1
        }
        return line
    }
}
