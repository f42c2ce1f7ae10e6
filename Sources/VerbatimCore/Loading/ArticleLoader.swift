import Foundation

/// Finds article files from the paths a user names and reads each with its metadata.
///
/// A path is a file, a folder (searched recursively for articles) or a glob pattern. Articles
/// are text files (`.txt`, and any file not named below), web pages (`.html`, `.htm`,
/// `.xhtml`, also gzipped), and corpora of many articles (`.jsonl`, `.ndjson`, and `.json`
/// named directly). A `manifest.json` beside a file supplies its outlet, date, URL and title;
/// without one, a text's first line is its title and a page's own metadata is used.
public struct ArticleLoader: Sendable {
    /// Relative paths are resolved against this folder.
    public var workingDirectory: String
    /// How web addresses are downloaded (time and size limits).
    public var web = WebFetcher()
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

    /// What a file holds, by its name.
    enum Kind {
        case text, html, corpus
    }

    /// What a file holds, by its name.
    static func kind(of file: String) -> Kind {
        if WebFetcher.isWebAddress(file) { return .html }
        let name = file.lowercased().hasSuffix(".gz") ? String(file.lowercased().dropLast(3)) : file.lowercased()
        if [".html", ".htm", ".xhtml"].contains(where: name.hasSuffix) { return .html }
        if [".jsonl", ".ndjson", ".json"].contains(where: name.hasSuffix) { return .corpus }
        return .text
    }

    /// The articles in `file` (a text file, a web page, a web address or a corpus), with their
    /// metadata, and what could not be loaded from it, each problem naming the file (and the
    /// line of a corpus).
    public mutating func sources(for file: String) -> (sources: [ArticleSource], problems: [LoadError]) {
        do {
            if WebFetcher.isWebAddress(file) { return ([try download(file)], []) }
            switch Self.kind(of: file) {
            case .corpus: return try CorpusReader.read(TextFileReader.bytes(absolute(file), name: file), file: file)
            case .html: return ([try withManifest(page(file), for: file)], [])
            case .text:
                let (text, encoding) = try TextFileReader.read(
                    absolute(file), name: file, limit: LoadLimits.textBytes, kind: "texts")
                return ([try withManifest(ArticleSource(plainText: text, file: file, encoding: encoding), for: file)], [])
            }
        } catch let error as LoadError {
            return ([], [error])
        } catch {
            return ([], [LoadError(file: file, reason: FoundationErrorText.describe(error))])
        }
    }

    /// The article of a web page file.
    private func page(_ file: String) throws -> ArticleSource {
        let bytes = try TextFileReader.bytes(absolute(file), name: file, limit: LoadLimits.pageBytes, kind: "web pages")
        guard let page = HTMLArticle(html: [UInt8](bytes)) else { throw LoadError(file: file, reason: "is not an HTML page") }
        guard !page.text.isEmpty else { throw LoadError(file: file, reason: "holds no article text") }
        return ArticleSource(page: page, file: file)
    }

    /// `source` with the metadata the manifest beside `file` gives it.
    private mutating func withManifest(_ source: ArticleSource, for file: String) throws -> ArticleSource {
        guard let entry = try manifestEntry(for: file) else { return source }
        var source = source
        source.title = entry.title ?? source.title
        source.outlet = entry.outlet ?? source.outlet
        source.date = entry.date ?? source.date
        source.url = entry.url ?? source.url
        source.byline = entry.byline ?? source.byline
        return source
    }

    /// Every article `paths` name, for tools that need all or nothing (benchmarks): the
    /// first problem is thrown.
    public mutating func allSources(for paths: [String]) throws -> [ArticleSource] {
        var all: [ArticleSource] = []
        for file in try files(for: paths) {
            let (sources, problems) = sources(for: file)
            if let problem = problems.first { throw problem }
            all += sources
        }
        return all
    }

    /// The article at a web address: a page's body and metadata, or a text.
    private func download(_ address: String) throws -> ArticleSource {
        let response = try web.fetch(address)
        if response.mediaType.contains("html") {
            guard let page = HTMLArticle(html: response.bytes, encoding: response.charset), !page.text.isEmpty else {
                throw LoadError(file: address, reason: "holds no article text")
            }
            var source = ArticleSource(page: page, file: address)
            source.url = source.url ?? response.url
            return source
        }
        guard !response.bytes.isEmpty else { throw LoadError(file: address, reason: "is empty") }
        let (text, encoding) = try Self.decode(response.bytes, charset: response.charset, name: address)
        var source = ArticleSource(plainText: text, file: address, encoding: encoding)
        source.url = response.url
        return source
    }

    /// Text in the charset a server named, or as `TextDecoding` finds it.
    private static func decode(_ bytes: [UInt8], charset: String?, name: String) throws -> (String, String) {
        let named: [String: String.Encoding] = ["iso-8859-1": .isoLatin1, "latin1": .isoLatin1, "us-ascii": .ascii]
        if let charset, let encoding = named[charset.lowercased()], let text = String(bytes: bytes, encoding: encoding) {
            return (text, charset.lowercased())
        }
        do throws(TextDecoding.DecodingFailure) {
            return try TextDecoding.decode(Data(bytes))
        } catch {
            throw LoadError(file: name, reason: "is not text in a known encoding")
        }
    }

    /// The articles of a corpus's bytes (JSON Lines, or a JSON array), errors naming it `name`.
    public static func corpus(_ data: Data, name: String) throws -> (sources: [ArticleSource], problems: [LoadError]) {
        try CorpusReader.read(data, file: name)
    }

    private mutating func manifestEntry(for file: String) throws -> Manifest.Entry? {
        let directory = (absolute(file) as NSString).deletingLastPathComponent
        if manifests[directory] == nil { manifests[directory] = try Manifest.load(in: directory) }
        return manifests[directory]??.entry(for: (file as NSString).lastPathComponent)
    }

    /// Files a folder search takes: texts, pages and JSON Lines corpora (not manifests or other JSON).
    static func isArticleFile(_ name: String) -> Bool {
        let lowered = name.lowercased()
        let plain = lowered.hasSuffix(".gz") ? String(lowered.dropLast(3)) : lowered
        return [".txt", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson"].contains(where: plain.hasSuffix)
    }

    private func absolute(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        return expanded.hasPrefix("/") ? expanded : (workingDirectory as NSString).appendingPathComponent(expanded)
    }

    private func expand(_ path: String) throws -> [String] {
        if WebFetcher.isWebAddress(path) { return [path] }
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
            } else if Self.isArticleFile(name) {
                found.append((path as NSString).appendingPathComponent(relative))
            }
        }
        guard !found.isEmpty else { throw LoadError(file: path, reason: "folder holds no articles (.txt, .html, .jsonl)") }
        return found.sorted()
    }
}
