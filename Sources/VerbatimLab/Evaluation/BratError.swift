import Foundation

/// A line of an `.ann` file that could not be read.
public struct BratError: Error, LocalizedError, Sendable {
    public var file: String
    public var line: Int
    public var errorDescription: String? { "\(file):\(line): not a brat annotation line" }
}
