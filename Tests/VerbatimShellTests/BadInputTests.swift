import Foundation
import Testing
import VerbatimCore
import VerbatimShell
import VerbatimTestSupport

/// The bad-input matrix: each bad input gives an error naming the file (and line where there is
/// one), exit status 1 from a script, and a session as it was.
@Suite struct BadInputTests {
    static let folder: String = {
        let folder = temporaryFolder()
        let files: [String: [UInt8]] = [
            "empty.txt": [],
            "binary.txt": [0x41, 0x00, 0x42],
            "invalid.txt": Array("good line\nbad \u{FFFD}".utf8.dropLast(3)) + [0x81, 0x0A],
            "newer.json": Array(#"{"format": "verbatim-session", "version": 99, "session": {}}"#.utf8),
            "truncated.json": Array(#"{"format": "verbatim-session", "version": 1, "session": {"articles": [{"id": "a1", "te"#.utf8),
            "outside.json": Array(#"{"format": "verbatim-session", "version": 1, "session": {"articles": [{"id": "a1", "text": "short", "paragraphs": [], "speakers": []}], "quotes": [{"id": "q1", "article": "a1", "span": {"start": 2, "end": 90}, "text": "x", "kind": "direct"}], "nextArticleNumber": 2, "nextQuoteNumber": 2}}"#.utf8),
        ]
        for (name, bytes) in files { FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(bytes)) }
        try! FileManager.default.createDirectory(atPath: folder + "/no-articles", withIntermediateDirectories: true)
        try! "notes".write(toFile: folder + "/no-articles/readme.md", atomically: true, encoding: .utf8)
        for pipe in ["pipe.txt", "pipe.json"] { mkfifo(folder + "/" + pipe, 0o644) }  // reading one would wait forever
        return folder
    }()

    @Test(arguments: [
        ("load missing.txt", "missing.txt: no such file or folder"),
        ("load no-articles", "no-articles: folder holds no articles (.txt, .html, .jsonl)"),
        ("load empty.txt", "could not load empty.txt: is empty"),
        ("load binary.txt", "could not load binary.txt: is a binary file (it contains NUL bytes), not text"),
        ("load invalid.txt", "could not load invalid.txt:2: is not valid UTF-8 (nor Windows-1252) text"),
        ("open newer.json", "newer.json: was saved by a newer Verbatim (format version 99; this one reads up to 1)"),
        ("open truncated.json", "truncated.json: is damaged"),
        ("open outside.json", "outside.json: is damaged: quote q1 lies outside the text of a1"),
        ("open missing.json", "missing.json: no such file"),
        ("load pipe.txt", "could not load pipe.txt: is not a regular file (a device, pipe or socket)"),
        ("open pipe.json", "pipe.json: is not a regular file (a device, pipe or socket)"),
        ("open no-articles", "no-articles: is a folder, not a file"),
        ("source invalid.txt", "invalid.txt:2: is not valid UTF-8 text"),
        ("source pipe.txt", "pipe.txt: is not a regular file (a device, pipe or socket)"),
    ])
    func failsCleanly(command: String, message: String) {
        let test = TestShell(workingDirectory: Self.folder)
        #expect(test.run("load \(TestShell.projectRoot)/Scripts/articles/alder-gazette.txt") == 0)
        let before = test.shell.session
        test.errors = ""
        #expect(test.run(command, file: "job.vsh") == 1)
        let name = command.prefix { $0 != " " }
        #expect(test.errors.hasPrefix("job.vsh:1:\(name.count + 2): \(name): " + message), "\(test.errors)")
        #expect(test.errors.hasSuffix("  \(command)\n" + String(repeating: " ", count: name.count + 3) + "^\n"), "\(test.errors)")
        #expect(test.shell.session == before)
    }

    @Test func keepsTheGoodLinesOfACorpusAndNamesTheBadOne() throws {
        let folder = temporaryFolder()
        try ["{\"text\": \"One.\"}", "{\"text\": ", "{\"text\": \"Three.\"}"].joined(separator: "\n")
            .write(toFile: folder + "/corpus.jsonl", atomically: true, encoding: .utf8)
        let test = TestShell(workingDirectory: folder)
        #expect(test.run("load corpus.jsonl", file: "job.vsh") == 1)
        #expect(test.errors.hasPrefix("loaded 2 articles with 0 quotes (a1–a2)\njob.vsh:1:6: load: could not load corpus.jsonl:2: is not JSON"))
        #expect(test.shell.session.articles.map(\.exportName) == ["1", "3"])
    }

    @Test func refusesANulInACorpusTextAsInAFile() throws {
        let folder = temporaryFolder()
        try ["{\"text\": \"One.\"}", "{\"text\": \"Two\\u0000three.\"}"].joined(separator: "\n")
            .write(toFile: folder + "/corpus.jsonl", atomically: true, encoding: .utf8)
        let test = TestShell(workingDirectory: folder)
        #expect(test.run("load corpus.jsonl", file: "job.vsh") == 1)
        #expect(test.errors.hasPrefix("loaded 1 article with 0 quotes (a1)\njob.vsh:1:6: load: could not load corpus.jsonl:2: has a NUL character in its text (NUL is not text)\n"), "\(test.errors)")
    }
}
