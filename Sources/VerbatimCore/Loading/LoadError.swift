import Foundation

/// Why an article or a set of articles could not be loaded: always names the file.
public struct LoadError: Error, LocalizedError, Hashable, Sendable {
    public var file: String
    public var line: Int?
    public var reason: String

    public init(file: String, line: Int? = nil, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var errorDescription: String? {
        if let line { return "\(file):\(line): \(reason)" }
        return "\(file): \(reason)"
    }
}
