import Foundation

/// Finds article files from the paths a user names and reads each with its metadata.
///
/// A path is a file, a folder (searched recursively for `.txt` files) or a glob pattern. A
/// `manifest.json` beside a file supplies its outlet, date, URL and title; without one, the
/// first line of the text is the title.
public struct ArticleLoader: Sendable {
    /// Relative paths are resolved against this folder.
    public var workingDirectory: String
    private var manifests: [String: Manifest?] = [:]

    public init(workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.workingDirectory = workingDirectory
    }

    /// The article files `paths` name, in order, each once.
    public func files(for paths: [String]) throws -> [String] {
        var files: [String] = []
        var seen = Set<String>()
        for path in paths {
            for file in try expand(path) where seen.insert(file).inserted { files.append(file) }
        }
        return files
    }

    /// The article in `file`, with its metadata.
    public mutating func source(for file: String) throws -> ArticleSource {
        let text = try TextFileReader.read(absolute(file), name: file)
        let directory = (absolute(file) as NSString).deletingLastPathComponent
        if manifests[directory] == nil { manifests[directory] = try Manifest.load(in: directory) }
        let entry = manifests[directory]??.entry(for: (file as NSString).lastPathComponent)
        return ArticleSource(
            file: file, title: entry?.title ?? Self.firstLine(of: text), outlet: entry?.outlet,
            date: entry?.date, url: entry?.url, byline: entry?.byline ?? Self.byline(in: text), text: text)
    }

    /// The author named by a "By …" line among the first lines ("By Priya Nandakumar").
    static func byline(in text: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline).prefix(6) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("By "), trimmed.count < 80 else { continue }
            let name = trimmed.dropFirst(3).trimmingCharacters(in: .whitespaces)
            let words = name.split(separator: " ")
            guard !words.isEmpty, words.count <= 8, words.allSatisfy({ $0.first?.isUppercase == true || $0 == "and" }) else { continue }
            return name
        }
        return nil
    }

    /// The first non-blank line, trimmed: the title of a plain text article.
    static func firstLine(of text: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { return trimmed }
        }
        return nil
    }

    private func absolute(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        return expanded.hasPrefix("/") ? expanded : (workingDirectory as NSString).appendingPathComponent(expanded)
    }

    private func expand(_ path: String) throws -> [String] {
        if path.contains(where: { "*?[".contains($0) }) {
            let matches = try Glob.matches(absolute(path))
            guard !matches.isEmpty else { throw LoadError(file: path, reason: "no files match this pattern") }
            let prefix = path.hasPrefix("/") || path.hasPrefix("~") ? "" : workingDirectory + "/"
            return try matches.flatMap { match in
                try expand(prefix.isEmpty || !match.hasPrefix(prefix) ? match : String(match.dropFirst(prefix.count)))
            }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute(path), isDirectory: &isDirectory) else {
            throw LoadError(file: path, reason: "no such file or folder")
        }
        guard isDirectory.boolValue else { return [path] }
        guard let walker = FileManager.default.enumerator(atPath: absolute(path)) else {
            throw LoadError(file: path, reason: "cannot be read (permission denied?)")
        }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                walker.skipDescendants()
            } else if name.hasSuffix(".txt") {
                found.append((path as NSString).appendingPathComponent(relative))
            }
        }
        guard !found.isEmpty else { throw LoadError(file: path, reason: "folder holds no .txt articles") }
        return found.sorted()
    }
}
