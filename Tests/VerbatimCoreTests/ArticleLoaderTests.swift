import Foundation
import Testing
@testable import VerbatimCore
import VerbatimTestSupport

@Suite struct ArticleLoaderTests {
    let folder = URL(fileURLWithPath: temporaryRoot).appendingPathComponent("verbatim-loader-\(UUID().uuidString)").path

    init() throws {
        try FileManager.default.createDirectory(atPath: folder + "/nested", withIntermediateDirectories: true)
        try "First title\n\n“Quoted words go here,” she said.".write(toFile: folder + "/one.txt", atomically: true, encoding: .utf8)
        try "\u{FEFF}Second\r\nbody".write(toFile: folder + "/nested/two.txt", atomically: true, encoding: .utf8)
        try "ignored".write(toFile: folder + "/notes.md", atomically: true, encoding: .utf8)
        try #"[{"file": "one.txt", "outlet": "Gazette", "date": "2026-01-02", "url": "https://example.org/1", "title": "Manifest title"}]"#
            .write(toFile: folder + "/manifest.json", atomically: true, encoding: .utf8)
    }

    /// Folders are walked with readdir: hidden names and what they hold are left out, links
    /// are listed as links and never walked into.
    @Test func walksFoldersWithoutHiddenNamesOrLinkedFolders() throws {
        let root = folder + "/walk"
        for path in ["a/b", ".hidden"] { try FileManager.default.createDirectory(atPath: root + "/" + path, withIntermediateDirectories: true) }
        for path in ["a/b/deep.txt", "a/top.txt", ".hidden/secret.txt", ".dot.txt", "a/notes.md"] {
            try "text".write(toFile: root + "/" + path, atomically: true, encoding: .utf8)
        }
        try FileManager.default.createSymbolicLink(atPath: root + "/linked", withDestinationPath: root + "/a")
        try FileManager.default.createSymbolicLink(atPath: root + "/alias.txt", withDestinationPath: root + "/a/top.txt")
        let entries = try #require(FolderWalk.files(in: root, where: ArticleLoader.isArticleFile))
        #expect(entries.map(\.path).sorted() == ["a/b/deep.txt", "a/top.txt", "alias.txt"])
        #expect(entries.filter(\.isLink).map(\.path) == ["alias.txt"])
        #expect(FolderWalk.files(in: root + "/missing", where: { _ in true }) == nil)
    }

    /// A title cut at 300 scalars does not split a character: "é" (e + U+0301) or a flag (two
    /// regional indicators) once came out as "e…" and a lone "🇫…".
    @Test func cutsATitleBetweenCharactersNotInsideOne() {
        for line in ["a" + String(repeating: "e\u{301}", count: 400), "a" + String(repeating: "🇫🇷", count: 200),
                     String(repeating: "a", count: 299) + "👨‍👩‍👧 tail"] {
            let title = ArticleSource(plainText: line + "\n\nBody.", file: "t.txt").title ?? ""
            let kept = title.hasSuffix("…") ? title.dropLast() : title[...]
            #expect(line.starts(with: kept), "\(title.unicodeScalars.suffix(4).map { String($0.value, radix: 16) })")
        }
    }

    /// A folder is walked on its own file system, as FileManager's enumerator walked it: a
    /// mount inside it (/proc under /) is passed over. Needs root to mount a tmpfs.
    @Test func staysOnTheFolderFileSystem() throws {
        let root = temporaryFolder()
        try FileManager.default.createDirectory(atPath: root + "/mounted", withIntermediateDirectories: true)
        try "top".write(toFile: root + "/top.txt", atomically: true, encoding: .utf8)
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "none", root + "/mounted"]
        mount.standardError = FileHandle.nullDevice
        guard getuid() == 0, (try? mount.run()) != nil else { return }
        mount.waitUntilExit()
        guard mount.terminationStatus == 0 else { return }
        defer {
            let umount = Process()
            umount.executableURL = URL(fileURLWithPath: "/bin/umount")
            umount.arguments = [root + "/mounted"]
            try? umount.run()
            umount.waitUntilExit()
        }
        try "inner".write(toFile: root + "/mounted/inner.txt", atomically: false, encoding: .utf8)
        var loader = ArticleLoader(workingDirectory: root)
        #expect(try loader.files(for: ["."]) == ["./top.txt"])
    }

    /// UTF-8 files are read straight into the text's storage; every file reads as decoding its
    /// bytes does (byte-order marks, Windows-1252, UTF-16, NUL bytes, gzip).
    @Test func readsEveryEncodingAsDecodingItsBytesDoes() throws {
        let samples: [(String, [UInt8])] = [
            ("plain", Array("“Quoted,” she said.\n".utf8)), ("mark", [0xEF, 0xBB, 0xBF] + Array("Marked\n".utf8)),
            ("onlymark", [0xEF, 0xBB, 0xBF]), ("cp1252", [0x93, 0x48, 0x69, 0x94, 0x20, 0xE9]),
            ("utf16", [0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00]), ("nul", Array("a\u{0}b".utf8)),
        ]
        for (name, bytes) in samples {
            let path = folder + "/\(name).txt"
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let read = Result { try TextFileReader.read(path) }
            let decoded = Result { try TextDecoding.decode(Data(bytes)) }
            switch (read, decoded) {
            case (.success(let text), .success(let expected)): #expect(text == expected, "\(name)")
            case (.failure, .failure): break
            default: Issue.record("\(name): \(read) against \(decoded)")
            }
        }
        #expect(try TextFileReader.read(folder + "/mark.txt").text == "Marked\n")
    }

    /// A plain text's first line is its title, cut at a space when it is a whole paragraph
    /// (a 20 MB text on one line was once kept twice, once as its own title).
    @Test func cutsATitleThatIsAWholeParagraph() {
        let paragraph = ArticleSource(plainText: String(repeating: "word ", count: 1_000) + "\n\nThe body.", file: "a.txt")
        #expect(paragraph.title == String(repeating: "word ", count: 59) + "word…")
        let unbroken = ArticleSource(plainText: String(repeating: "x", count: 1_000), file: "b.txt")
        #expect(unbroken.title == String(repeating: "x", count: 300) + "…")
        let exact = String(repeating: "y", count: 300)
        #expect(ArticleSource(plainText: "  " + exact + " \nBody.", file: "c.txt").title == exact)
    }

    @Test func findsTextFilesInFoldersRecursively() throws {
        var loader = ArticleLoader(workingDirectory: folder)
        #expect(try loader.files(for: ["."]) == ["./nested/two.txt", "./one.txt"])
        #expect(try loader.files(for: ["*.txt", "one.txt"]) == ["one.txt"])
    }

    @Test func takesFilesNamedWithPatternCharactersAsThemselves() throws {
        // A match of "*" named "x[2J.txt" was globbed again, and again, until the stack ran out.
        try "Escape".write(toFile: folder + "/x\u{1B}[2J.txt", atomically: true, encoding: .utf8)
        try "Brackets".write(toFile: folder + "/a[1].txt", atomically: true, encoding: .utf8)
        var loader = ArticleLoader(workingDirectory: folder)
        #expect(try loader.files(for: ["*.txt"]) == ["a[1].txt", "one.txt", "x\u{1B}[2J.txt"])
        #expect(try loader.files(for: ["a[1].txt"]) == ["a[1].txt"])
    }

    @Test func takesMetadataFromTheManifestOrTheFirstLine() throws {
        var loader = ArticleLoader(workingDirectory: folder)
        let one = try loader.source(for: "one.txt")
        #expect(one.title == "Manifest title")
        #expect(one.outlet == "Gazette")
        #expect(one.url == "https://example.org/1")
        let two = try loader.source(for: "nested/two.txt")
        #expect(two.title == "Second")
        #expect(two.text == "Second\r\nbody", "the byte-order mark is dropped, CRLF kept")
    }

    @Test func findsTheBylineLine() {
        #expect(PlainText.byline(in: "Title\n\nBy Priya Nandakumar\n\nText.") == "Priya Nandakumar")
        #expect(PlainText.byline(in: "Title\n\nBy the time we got there, it was over.") == nil)
        #expect(PlainText.byline(in: "Title\nNo byline here.") == nil)
    }

    @Test func namesTheFileInEveryError() throws {
        try Data().write(to: URL(fileURLWithPath: folder + "/empty.txt"))
        try Data([0x41, 0x00, 0x42]).write(to: URL(fileURLWithPath: folder + "/binary.txt"))
        try Data([0x41, 0x0A, 0x81, 0xFE]).write(to: URL(fileURLWithPath: folder + "/latin.txt"))
        var loader = ArticleLoader(workingDirectory: folder)
        for (file, message) in [("empty.txt", "empty.txt: is empty"), ("binary.txt", "binary.txt: is a binary file"),
                                ("latin.txt", "latin.txt:2: is not valid UTF-8 (nor Windows-1252) text")] {
            let error = try #require(throws: LoadError.self) { try loader.source(for: file) }
            #expect(error.localizedDescription.hasPrefix(message), "\(error.localizedDescription)")
        }
        #expect(throws: LoadError(file: "missing.txt", reason: "no such file or folder")) { try loader.files(for: ["missing.txt"]) }
        #expect(throws: LoadError(file: "none*.txt", reason: "no files match this pattern")) { try loader.files(for: ["none*.txt"]) }
        try FileManager.default.createDirectory(atPath: folder + "/hollow", withIntermediateDirectories: true)
        #expect(throws: LoadError(file: "hollow", reason: "folder holds no articles (.txt, .html, .jsonl)")) { try loader.files(for: ["hollow"]) }
    }

    @Test func reportsABrokenManifest() throws {
        try FileManager.default.createDirectory(atPath: folder + "/broken", withIntermediateDirectories: true)
        try "text".write(toFile: folder + "/broken/a.txt", atomically: true, encoding: .utf8)
        try "{not json".write(toFile: folder + "/broken/manifest.json", atomically: true, encoding: .utf8)
        var loader = ArticleLoader(workingDirectory: folder)
        let error = try #require(throws: LoadError.self) { try loader.source(for: "broken/a.txt") }
        #expect(error.file.hasSuffix("broken/manifest.json"))
    }

    @Test func skipsLinksToFilesOutsideTheFolderUnlessAskedToFollowThem() throws {
        let outside = URL(fileURLWithPath: temporaryRoot).appendingPathComponent("verbatim-outside-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try "Secret\n\nNot for loading.".write(toFile: outside + "/secret.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/leak.txt", withDestinationPath: outside + "/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/nested/again.txt", withDestinationPath: "../one.txt")
        var loader = ArticleLoader(workingDirectory: folder)
        #expect(try loader.files(for: ["."]) == ["./nested/again.txt", "./nested/two.txt", "./one.txt"])
        #expect(loader.skippedLinks == ["./leak.txt"])
        #expect(try loader.files(for: ["leak.txt"]) == ["leak.txt"], "a file named on its own is loaded")
        loader.followsLinks = true
        #expect(try loader.files(for: ["."]) == ["./leak.txt", "./nested/again.txt", "./nested/two.txt", "./one.txt"])
        #expect(loader.skippedLinks.isEmpty)
    }

    @Test func reportsABadManifestEntryOnceAndStillLoadsItsFiles() throws {
        try FileManager.default.createDirectory(atPath: folder + "/typed", withIntermediateDirectories: true)
        for name in ["a", "b", "c"] { try "Title \(name)\n\nBody.".write(toFile: folder + "/typed/\(name).txt", atomically: true, encoding: .utf8) }
        try """
        [
          {"file": "a.txt", "outlet": "Gazette"},
          {"file": "b.txt",
           "outlet": 123, "date": "2026-01-02"}
        ]
        """.write(toFile: folder + "/typed/manifest.json", atomically: true, encoding: .utf8)
        var loader = ArticleLoader(workingDirectory: folder)
        var sources: [ArticleSource] = []
        var problems: [LoadError] = []
        for file in try loader.files(for: ["typed"]) {
            let found = loader.sources(for: file)
            sources += found.sources
            problems += found.problems
        }
        #expect(sources.map(\.outlet) == ["Gazette", nil, nil])
        #expect(sources[1].date == "2026-01-02", "the entry's good fields are kept")
        #expect(problems.count == 1)
        #expect(problems.first?.file == "typed/manifest.json")
        #expect(problems.first?.line == 3)
        #expect(problems.first?.reason == "the entry for b.txt: outlet must be text, not a number (ignored)")
    }

    @Test func unpacksGzipFilesWhateverTheCaseOfTheirName() throws {
        let packed: [UInt8] = [
            0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x0b, 0x48, 0x4c, 0xce, 0x4e, 0x4d, 0x51, 0x28,
            0xc9, 0x2c, 0xc9, 0x49, 0xe5, 0xe2, 0x0a, 0x80, 0xf0, 0x92, 0xf2, 0x53, 0x2a, 0xf5, 0x00, 0x11, 0xec, 0x44,
            0x26, 0x1a, 0x00, 0x00, 0x00,
        ]
        var loader = ArticleLoader(workingDirectory: folder)
        for name in ["lower.txt.gz", "upper.TXT.GZ", "mixed.Gz"] {
            try Data(packed).write(to: URL(fileURLWithPath: folder + "/" + name))
            let source = try loader.source(for: name)
            #expect(source.title == "Packed title", "\(name)")
            #expect(source.text == "Packed title\n\nPacked body.", "\(name)")
        }
        try Data("Plain title\n\nNot packed.".utf8).write(to: URL(fileURLWithPath: folder + "/plain.TXT.GZ"))
        let error = try #require(throws: LoadError.self) { try loader.source(for: "plain.TXT.GZ") }
        #expect(error.reason.hasPrefix("is not gzip data"))
    }

    @Test func refusesPagesAndTextsPastTheirLimits() throws {
        // Sparse files: larger than the limits, taking no disk space.
        for (file, size) in [("huge.html", 40 << 20), ("huge.txt", 70 << 20)] {
            FileManager.default.createFile(atPath: folder + "/" + file, contents: nil)
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/" + file))
            try handle.truncate(atOffset: UInt64(size))
            try handle.close()
        }
        var loader = ArticleLoader(workingDirectory: folder)
        #expect(throws: LoadError(file: "huge.html", reason: "is 40 MB; web pages over 32 MB are not loaded")) {
            try loader.source(for: "huge.html")
        }
        #expect(throws: LoadError(file: "huge.txt", reason: "is 70 MB; texts over 64 MB are not loaded")) {
            try loader.source(for: "huge.txt")
        }
    }

    @Test func stopsUnpackingAGzipPageAtTheLimit() throws {
        let page = "<html><body><article>" + String(repeating: "<p>The council met on Tuesday.</p>\n", count: 1_000_000) + "</article></body></html>"
        try page.write(toFile: folder + "/bomb.html", atomically: false, encoding: .utf8)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", "-f", folder + "/bomb.html"]
        try gzip.run()
        gzip.waitUntilExit()
        #expect(GzipFile.read(folder + "/bomb.html.gz", limit: page.utf8.count - 1) == .tooLarge)
        #expect(GzipFile.read(folder + "/bomb.html.gz", limit: page.utf8.count) == .bytes(Array(page.utf8)))
        var loader = ArticleLoader(workingDirectory: folder)
        #expect(throws: LoadError(file: "bomb.html.gz", reason: "unpacks to more than 32 MB; web pages over 32 MB are not loaded")) {
            try loader.source(for: "bomb.html.gz")
        }
    }
}

extension ArticleLoader {
    /// The one article of `file`; its problem, if it has one, is thrown.
    mutating func source(for file: String) throws -> ArticleSource {
        let (sources, problems) = sources(for: file)
        if let problem = problems.first { throw problem }
        return sources[0]
    }
}
