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
    /// What `~` stands for in paths (`$HOME`).
    public var home: String? = ProcessInfo.processInfo.environment["HOME"]
    /// How web addresses are downloaded (time and size limits).
    public var web = WebFetcher()
    /// Whether a folder search takes symbolic links to files outside the folder
    /// (`load --follow-links`); without it they are left out and listed in `skippedLinks`.
    public var followsLinks = false
    /// The links to files outside their folder that the last `files(for:)` left out.
    public private(set) var skippedLinks: [String] = []
    private var manifests: [String: Manifest?] = [:]

    public init(workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.workingDirectory = workingDirectory
    }

    /// The article files `paths` name, in order, each once; those named again are in
    /// `namedAgain`.
    public mutating func files(for paths: [String]) throws -> [String] {
        skippedLinks = []
        namedAgain = []
        var files: [String] = []
        var seen = Set<String>()
        for path in paths {
            for file in try expand(path) {
                if seen.insert(file).inserted { files.append(file) } else { namedAgain.append(file) }
            }
        }
        return files
    }

    /// The files the last `files(for:)` was given more than once (by one path, or a folder or
    /// pattern and a path), each time after the first.
    public private(set) var namedAgain: [String] = []

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
        finishing(reading(file))
    }

    /// What a file gives before the manifest beside it is read.
    public struct FileReading: Sendable {
        public var file: String
        public var sources: [ArticleSource]
        public var problems: [LoadError]
        /// Whether a manifest beside the file may give its metadata (texts and pages).
        var takesManifest: Bool
        /// Whether the file was left unread because loading was interrupted.
        public var wasSkipped = false
    }

    /// The articles in `file` as it gives them: the first half of `sources(for:)`, which
    /// changes nothing, so that threads can read several files at once.
    public func reading(_ file: String) -> FileReading {
        do {
            if WebFetcher.isWebAddress(file) { return FileReading(file: file, sources: [try download(file)], problems: [], takesManifest: false) }
            switch Self.kind(of: file) {
            case .corpus:
                let (sources, problems) = try CorpusReader.read(TextFileReader.bytes(absolute(file), name: file), file: file)
                return FileReading(file: file, sources: sources, problems: problems, takesManifest: false)
            case .html: return FileReading(file: file, sources: [try page(file)], problems: [], takesManifest: true)
            case .text:
                let (text, encoding) = try TextFileReader.read(
                    absolute(file), name: file, limit: LoadLimits.textBytes, kind: "texts")
                return FileReading(file: file, sources: [ArticleSource(plainText: text, file: file, encoding: encoding)], problems: [],
                                   takesManifest: true)
            }
        } catch let error as LoadError {
            return FileReading(file: file, sources: [], problems: [error], takesManifest: false)
        } catch {
            return FileReading(file: file, sources: [], problems: [LoadError(file: file, reason: FoundationErrorText.describe(error))],
                               takesManifest: false)
        }
    }

    /// `files` read (`reading`) on up to `jobs` threads at once, in their order; once
    /// `web.isInterrupted` says so, the files not yet begun are skipped.
    public func reading(_ files: [String], jobs: Int) -> [FileReading] {
        if jobs > 1 { PageReader.prepareForThreads() }
        let loader = self
        return files.parallelMap(jobs: jobs) { file in
            guard !loader.web.isInterrupted() else {
                return FileReading(file: file, sources: [], problems: [], takesManifest: false, wasSkipped: true)
            }
            return loader.reading(file)
        }
    }

    /// The second half of `sources(for:)`: the metadata the manifest beside the file gives.
    public mutating func finishing(_ reading: FileReading) -> (sources: [ArticleSource], problems: [LoadError]) {
        guard reading.takesManifest, let source = reading.sources.first else { return (reading.sources, reading.problems) }
        let (sources, problems) = withManifest(source, for: reading.file)
        return (sources, reading.problems + problems)
    }

    /// The article of a web page file.
    private func page(_ file: String) throws -> ArticleSource {
        let bytes = try TextFileReader.bytes(absolute(file), name: file, limit: LoadLimits.pageBytes, kind: "web pages")
        guard let page = HTMLArticle(html: [UInt8](bytes)) else { throw LoadError(file: file, reason: "is not an HTML page") }
        guard !page.text.isEmpty else { throw LoadError(file: file, reason: "holds no article text") }
        return ArticleSource(page: page, file: file)
    }

    /// `source` with the metadata the manifest beside `file` gives it, and the manifest's
    /// problems the first time it is read (so each is reported once).
    private mutating func withManifest(_ source: ArticleSource, for file: String) -> (sources: [ArticleSource], problems: [LoadError]) {
        let directory = (absolute(file) as NSString).deletingLastPathComponent
        var problems: [LoadError] = []
        if manifests[directory] == nil {
            let manifest = Manifest.load(in: directory, shownAs: (file as NSString).deletingLastPathComponent)
            manifests[directory] = .some(manifest)
            problems = manifest?.problems ?? []
        }
        guard let entry = manifests[directory]??.entry(for: (file as NSString).lastPathComponent) else { return ([source], problems) }
        var source = source
        source.title = entry.title ?? source.title
        source.outlet = entry.outlet ?? source.outlet
        source.date = entry.date ?? source.date
        source.url = entry.url ?? source.url
        source.byline = entry.byline ?? source.byline
        return ([source], problems)
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
    /// The address is kept without its user name and password.
    private func download(_ address: String) throws -> ArticleSource {
        let response = try web.fetch(address)
        let file = WebFetcher.withoutCredentials(address)
        if response.mediaType.contains("html") {
            guard let page = HTMLArticle(html: response.bytes, encoding: response.charset), !page.text.isEmpty else {
                throw LoadError(file: file, reason: "holds no article text")
            }
            var source = ArticleSource(page: page, file: file)
            source.url = source.url ?? response.url
            return source
        }
        guard !response.bytes.isEmpty else { throw LoadError(file: file, reason: "is empty") }
        let (text, encoding) = try Self.decode(response.bytes, charset: response.charset, name: file)
        var source = ArticleSource(plainText: text, file: file, encoding: encoding)
        source.url = response.url
        return source
    }

    /// Text as `TextDecoding` finds it when it is UTF-8 or starts with a UTF-16 byte-order
    /// mark, whatever charset the server named (a wrong name is far likelier than other text
    /// that happens to be valid UTF-8); otherwise in the charset named (UTF-16 without a mark in
    /// the byte order its zero bytes show), or as Windows-1252.
    private static func decode(_ bytes: [UInt8], charset: String?, name: String) throws -> (String, String) {
        let named: [String: String.Encoding] = [
            "iso-8859-1": .isoLatin1, "latin1": .isoLatin1, "us-ascii": .ascii, "windows-1252": .windowsCP1252,
            "utf-16": .utf16BigEndian, "utf-16be": .utf16BigEndian, "utf-16le": .utf16LittleEndian,
        ]
        let hasByteOrderMark = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        if let charset = charset?.lowercased(), var encoding = named[charset], !hasByteOrderMark, !TextDecoding.isPlainUTF8(bytes) {
            if charset == "utf-16" { encoding = TextDecoding.utf16ByteOrder(of: bytes) }
            if let text = String(bytes: bytes, encoding: encoding) {
                return (text, charset == "utf-16" ? (encoding == .utf16LittleEndian ? "utf-16le" : "utf-16be") : charset)
            }
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

    /// Whether `name` names a corpus (JSON Lines or JSON, gzip-compressed or not).
    public static func isCorpus(_ name: String) -> Bool { kind(of: name) == .corpus }

    /// Files a folder search takes: texts, pages and JSON Lines corpora (not manifests or
    /// other JSON), by name.
    public static func isArticleFile(_ name: String) -> Bool {
        let lowered = name.lowercased()
        let plain = lowered.hasSuffix(".gz") ? String(lowered.dropLast(3)) : lowered
        return [".txt", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson"].contains(where: plain.hasSuffix)
    }

    private func absolute(_ path: String) -> String {
        let expanded = HomeFolder.expanding(path, home: home)
        return expanded.hasPrefix("/") ? expanded : (workingDirectory as NSString).appendingPathComponent(expanded)
    }

    private mutating func expand(_ path: String) throws -> [String] {
        if WebFetcher.isWebAddress(path) { return [path] }
        // A file named with pattern characters ("a[1].txt") is that file.
        if path.contains(where: { "*?[".contains($0) }), !FileManager.default.fileExists(atPath: absolute(path)) {
            return try expandPattern(path)
        }
        return try expandFileOrFolder(path)
    }

    /// The files and folders' article files that the glob pattern `path` matches; a match
    /// that is a symbolic link to a file outside its folder is left out, like one in a folder.
    private mutating func expandPattern(_ path: String) throws -> [String] {
        let matches = try Glob.matches(absolute(path))
        guard !matches.isEmpty else { throw LoadError(file: path, reason: "no files match this pattern") }
        let prefix = path.hasPrefix("/") || path.hasPrefix("~") ? "" : workingDirectory + "/"
        // A match is a file or folder, never a pattern again, whatever its name holds.
        let skippedBefore = skippedLinks.count
        let files = try matches.flatMap { match in
            let shown = prefix.isEmpty || !match.hasPrefix(prefix) ? match : String(match.dropFirst(prefix.count))
            let folder = (match as NSString).deletingLastPathComponent
            var isDirectory: ObjCBool = false
            if !followsLinks, FileManager.default.fileExists(atPath: match, isDirectory: &isDirectory), !isDirectory.boolValue,
               Self.isLink(match, toOutside: Self.resolved(folder) ?? folder) {
                skippedLinks.append(shown)
                return [String]()
            }
            return try expandFileOrFolder(shown)
        }
        if files.isEmpty, skippedLinks.count > skippedBefore {
            throw LoadError(file: path, reason: "matches only links to files outside their folder (load --follow-links loads them)")
        }
        return files
    }

    /// The file at `path`, or the article files of the folder at `path`.
    private mutating func expandFileOrFolder(_ path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute(path), isDirectory: &isDirectory) else {
            throw LoadError(file: path, reason: "no such file or folder")
        }
        guard isDirectory.boolValue else { return [path] }
        // The folder's own path, so that a folder named through a link is searched too.
        let folder = Self.resolved(absolute(path)) ?? absolute(path)
        guard let relatives = FolderWalk.files(in: folder, where: Self.isArticleFile) else {
            throw LoadError(file: path, reason: "cannot be read (permission denied?)")
        }
        let skippedBefore = skippedLinks.count
        var found: [String] = []
        for relative in relatives {
            let file = (path as NSString).appendingPathComponent(relative.path)
            if !followsLinks, relative.isLink, Self.isLink(absolute(file), toOutside: folder) {
                skippedLinks.append(file)
            } else {
                found.append(file)
            }
        }
        skippedLinks.sort()
        if found.isEmpty, skippedLinks.count > skippedBefore {
            throw LoadError(file: path, reason: "folder holds no articles, only links to files outside it (load --follow-links loads them)")
        }
        guard !found.isEmpty else { throw LoadError(file: path, reason: "folder holds no articles (.txt, .html, .jsonl)") }
        return found.sorted()
    }

    /// Whether `file` is a symbolic link to a file outside `folder` (a resolved path).
    private static func isLink(_ file: String, toOutside folder: String) -> Bool {
        var info = stat()
        guard lstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFLNK, let target = resolved(file) else { return false }
        return folder != "/" && target != folder && !target.hasPrefix(folder + "/")
    }

    /// `path` with every symbolic link resolved; nil when it leads nowhere.
    private static func resolved(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
