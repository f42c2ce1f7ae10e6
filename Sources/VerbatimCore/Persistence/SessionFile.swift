import Foundation

/// The session saved as versioned JSON, written atomically.
///
/// The file is `{"format": "verbatim-session", "version": 1, "session": {...}}`. Saving writes a
/// temporary file beside the target, flushes it to disk and renames it over the target, so an
/// interrupted save leaves the previous file whole (see `AtomicFile`). A new session file is
/// readable by its owner only (mode 0600); a replaced one keeps its mode.
public enum SessionFile {
    public static let format = "verbatim-session"
    /// The newest format version this build reads and the one it writes.
    public static let version = 1

    private struct Envelope: Codable {
        var format: String
        var version: Int
        var session: Session?
    }

    /// Writes `session` to `path`, replacing any file there only once the new one is complete.
    public static func write(_ session: Session, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(Envelope(format: format, version: version, session: session))
        try AtomicFile.write(data, to: path, newFileMode: 0o600)
    }

    /// Reads a session file; a damaged, foreign or newer file is an error naming it.
    public static func read(from path: String) throws -> Session {
        let data: Data
        do {
            data = try TextFileReader.bytes(path)
        } catch let error as LoadError {
            throw SessionFileError(path: path, reason: error.reason)
        }
        return try decode(data, name: path)
    }

    /// Decodes a session file's bytes; errors name it `path`. A session whose quotes or
    /// paragraphs point outside their article's text is refused as damaged.
    public static func decode(_ data: Data, name path: String) throws -> Session {
        var session = try sessionDecodedInPieces(data) ?? wholeSession(data, name: path)
        if let problem = session.inconsistency { throw SessionFileError(path: path, reason: "is damaged: " + problem) }
        session.movingLoaderFactsOutOfFields()
        return session
    }

    /// Decodes a session file's bytes as one document; errors name it `path`.
    private static func wholeSession(_ data: Data, name path: String) throws -> Session {
        let header: Envelope
        do {
            header = try JSONDecoder().decode(HeaderOnly.self, from: data).envelope
        } catch let problem as VersionIsNotAWholeNumber {
            guard problem.format == format else {
                throw SessionFileError(path: path, reason: "is not a Verbatim session file (its format is \"\(problem.format)\")")
            }
            throw SessionFileError(path: path, reason: "is damaged: its format version must be a whole number, such as \(version)")
        } catch {
            // A session file cut short still names its format at the start.
            if String(decoding: data.prefix(200), as: UTF8.self).contains("\"\(format)\"") {
                throw SessionFileError(path: path, reason: "is damaged: \(JSONErrorText.describe(error)) (cut short?)")
            }
            throw SessionFileError(path: path, reason: "is not a Verbatim session file (\(JSONErrorText.describe(error)))")
        }
        guard header.format == format else {
            throw SessionFileError(path: path, reason: "is not a Verbatim session file (its format is \"\(header.format)\")")
        }
        guard header.version >= 1 else {
            throw SessionFileError(path: path, reason: "is damaged: its format version is \(header.version); versions start at 1")
        }
        guard header.version <= version else {
            throw SessionFileError(path: path, reason: "was saved by a newer Verbatim (format version \(header.version); this one reads up to \(version))")
        }
        do {
            guard let session = try JSONDecoder().decode(Envelope.self, from: data).session else {
                throw SessionFileError(path: path, reason: "is damaged: it holds no session")
            }
            return session
        } catch let error as SessionFileError {
            throw error
        } catch {
            throw SessionFileError(path: path, reason: "is damaged: \(JSONErrorText.describe(error))")
        }
    }

    /// Decodes only the format and version, so a newer file is recognised even if its session is not.
    private struct HeaderOnly: Decodable {
        var envelope: Envelope
        enum Keys: String, CodingKey { case format, version }
        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Keys.self)
            let format = try container.decode(String.self, forKey: .format)
            do {
                envelope = Envelope(format: format, version: try container.decode(Int.self, forKey: .version))
            } catch where container.contains(.version) {
                throw VersionIsNotAWholeNumber(format: format)
            }
        }
    }

    /// A header whose version is a string, a fraction, null or another value that is not a whole number.
    private struct VersionIsNotAWholeNumber: Error {
        var format: String
    }
}

/// A session file that could not be read.
public struct SessionFileError: Error, LocalizedError, Sendable {
    public var path: String
    public var reason: String
    public var errorDescription: String? { "\(path): \(reason)" }
}
