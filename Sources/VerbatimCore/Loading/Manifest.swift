import Foundation

/// The `manifest.json` beside a folder's articles: metadata for each file.
public struct Manifest: Sendable {
    /// One file's entry.
    public struct Entry: Codable, Hashable, Sendable {
        public var file: String
        public var outlet: String?
        public var date: String?
        public var url: String?
        public var title: String?
        public var byline: String?
    }

    public var entries: [String: Entry]

    /// The manifest of `directory`, or nil when it has none.
    public static func load(in directory: String) throws -> Manifest? {
        let path = (directory as NSString).appendingPathComponent("manifest.json")
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let data = try TextFileReader.bytes(path)
        do {
            let list = try JSONDecoder().decode([Entry].self, from: data)
            return Manifest(entries: Dictionary(list.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first }))
        } catch {
            throw LoadError(file: path, reason: "is not a manifest (an array of {file, outlet, date, url, title}): \(JSONErrorText.describe(error))")
        }
    }

    /// The entry for a file of this folder.
    public func entry(for fileName: String) -> Entry? { entries[fileName] }
}
