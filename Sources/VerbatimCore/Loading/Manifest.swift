import Foundation

/// The `manifest.json` beside a folder's articles: metadata for each file.
///
/// A manifest that cannot be read, or an entry with a field of the wrong type, is one problem
/// naming the manifest (and the entry's line); the entry's other fields are still used.
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
    /// What could not be used, each naming the manifest and the line of its entry.
    public var problems: [LoadError]

    /// The manifest of `directory`, or nil when it has none; problems name it `shownDirectory`'s
    /// manifest.json.
    public static func load(in directory: String, shownAs shownDirectory: String) -> Manifest? {
        let path = (directory as NSString).appendingPathComponent("manifest.json")
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let shown = (shownDirectory as NSString).appendingPathComponent("manifest.json")
        let data: Data
        let list: [Any]
        do {
            data = try TextFileReader.bytes(path, name: shown)
            list = try LooseJSON.parse(data, as: [Any].self, file: shown, expected: "a manifest (an array of {file, outlet, date, url, title})")
        } catch let error as LoadError {
            return Manifest(entries: [:], problems: [error])
        } catch {
            return Manifest(entries: [:], problems: [LoadError(file: shown, reason: FoundationErrorText.describe(error))])
        }
        var manifest = Manifest(entries: [:], problems: [])
        let lines = elementLines(in: data)
        for (index, item) in list.enumerated() {
            let line = index < lines.count ? lines[index] : nil
            guard let record = item as? [String: Any], let file = record["file"] as? String else {
                manifest.problems.append(LoadError(file: shown, line: line, reason: "an entry without a file name (ignored)"))
                continue
            }
            var entry = Entry(file: file)
            var ignored: [String] = []
            func text(_ key: String) -> String? {
                guard let value = record[key], !(value is NSNull) else { return nil }
                guard let text = value as? String else {
                    ignored.append("\(key) must be text, not \(kind(of: value))")
                    return nil
                }
                return text
            }
            entry.outlet = text("outlet")
            entry.date = text("date")
            entry.url = text("url")
            entry.title = text("title")
            entry.byline = text("byline")
            if !ignored.isEmpty {
                manifest.problems.append(LoadError(file: shown, line: line,
                                                   reason: "the entry for \(file): " + ignored.joined(separator: ", ") + " (ignored)"))
            }
            if manifest.entries[file] == nil { manifest.entries[file] = entry }
        }
        return manifest
    }

    /// The entry for a file of this folder.
    public func entry(for fileName: String) -> Entry? { entries[fileName] }

    /// What a JSON value is, for messages.
    private static func kind(of value: Any) -> String {
        switch value {
        // JSON's true and false come as NSNumbers of type "c".
        case let number as NSNumber where String(cString: number.objCType) == "c": "true or false"
        case is NSNumber: "a number"
        case is [Any]: "a list"
        default: "an object"
        }
    }

    /// The line on which each element of the JSON array in `data` starts.
    private static func elementLines(in data: Data) -> [Int] {
        var lines: [Int] = []
        var line = 1
        var depth = 0
        var inString = false
        var escaped = false
        var awaitingElement = false
        for byte in data {
            if byte == 0x0A { line += 1 }
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            if awaitingElement, depth == 1, ![0x20, 0x09, 0x0A, 0x0D, 0x5D].contains(byte) {
                lines.append(line)
                awaitingElement = false
            }
            switch byte {
            case 0x22: inString = true
            case 0x5B, 0x7B:
                depth += 1
                if depth == 1 { awaitingElement = true }
            case 0x5D, 0x7D: depth -= 1
            case 0x2C where depth == 1: awaitingElement = true
            default: break
            }
        }
        return lines
    }
}
