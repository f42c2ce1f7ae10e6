import Foundation
import Testing
@testable import VerbatimCore

@Suite struct ArticleLoaderTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-loader-\(UUID().uuidString)").path

    init() throws {
        try FileManager.default.createDirectory(atPath: folder + "/nested", withIntermediateDirectories: true)
        try "First title\n\n“Quoted words go here,” she said.".write(toFile: folder + "/one.txt", atomically: true, encoding: .utf8)
        try "\u{FEFF}Second\r\nbody".write(toFile: folder + "/nested/two.txt", atomically: true, encoding: .utf8)
        try "ignored".write(toFile: folder + "/notes.md", atomically: true, encoding: .utf8)
        try #"[{"file": "one.txt", "outlet": "Gazette", "date": "2026-01-02", "url": "https://example.org/1", "title": "Manifest title"}]"#
            .write(toFile: folder + "/manifest.json", atomically: true, encoding: .utf8)
    }

    @Test func findsTextFilesInFoldersRecursively() throws {
        let loader = ArticleLoader(workingDirectory: folder)
        #expect(try loader.files(for: ["."]) == ["./nested/two.txt", "./one.txt"])
        #expect(try loader.files(for: ["*.txt", "one.txt"]) == ["one.txt"])
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
