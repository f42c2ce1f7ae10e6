import Foundation
import Testing
import VerbatimCore
import VerbatimTestSupport

@Suite struct SessionFileTests {
    let folder = URL(fileURLWithPath: temporaryRoot).appendingPathComponent("verbatim-sessionfile-\(UUID().uuidString)").path

    init() throws { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }

    func sampleSession() -> Session {
        var session = Session()
        let text = "Title\n“We will rebuild the bridge next year,” said Mayor Elena Marsh."
        session.add(ArticleSource(file: "x.txt", title: "Title", outlet: "Gazette", text: text))
        return session
    }

    @Test func roundTripsTheWholeSession() throws {
        let path = folder + "/s.verbatim"
        let session = sampleSession()
        try SessionFile.write(session, to: path)
        #expect(try SessionFile.read(from: path) == session)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["s.verbatim"])
    }

    @Test func keepsWhatTheLoaderFoundAndMovesItOutOfOlderFilesFields() throws {
        var source = ArticleSource(plainText: "“Hi there, all of you,” she said. — Ada (@ada)", file: "page.html", encoding: "windows-1252")
        source.textOrigin = .html
        source.fields = ["checked": .bool(true)]
        source.embeddedPosts = [try JSONDecoder().decode(EmbeddedPost.self, from: Data(#"{"text": "Hi there", "author": "Ada", "span": {"start": 0, "end": 10}}"#.utf8))]
        var session = Session()
        session.add(source)
        let path = folder + "/s.verbatim"
        try SessionFile.write(session, to: path)
        let read = try SessionFile.read(from: path)
        #expect(read == session && read.articles[0].source == source)
        // Files saved before these were properties kept them among the fields.
        let older = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: #""encoding":"windows-1252","#, with: "")
            .replacingOccurrences(of: #""fields":{"checked":true}"#, with: #""fields":{"checked":true,"encoding":"windows-1252","text_from":"html"}"#)
            .replacingOccurrences(of: #","textOrigin":"html""#, with: "")
        #expect(!older.contains("textOrigin") && older.contains("text_from"))
        let migrated = try SessionFile.decode(Data(older.utf8), name: "old.verbatim")
        #expect(migrated.articles[0].source == source)
    }

    @Test func replacesAnOldFileWhole() throws {
        let path = folder + "/s.verbatim"
        try SessionFile.write(Session(), to: path)
        try SessionFile.write(sampleSession(), to: path)
        #expect(try SessionFile.read(from: path).articles.count == 1)
    }

    @Test(arguments: [
        ("{\"format\": \"verbatim-session\", \"version\": 1, \"session\": {\"articles\": 3", "is damaged: invalid JSON"),
        ("{\"format\": \"something-else\", \"version\": 1}", "its format is \"something-else\""),
        ("{\"format\": \"verbatim-session\", \"version\": 99, \"session\": {}}", "newer Verbatim (format version 99"),
        ("{\"format\": \"verbatim-session\", \"version\": 1, \"session\": {\"articles\": 3}}", "is damaged"),
        ("", "is not a Verbatim session file"),
    ])
    func refusesDamagedForeignAndNewerFiles(contents: String, message: String) throws {
        let path = folder + "/bad.verbatim"
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(throws: SessionFileError.self) { try SessionFile.read(from: path) }
        #expect(error.localizedDescription.contains(path))
        #expect(error.localizedDescription.contains(message), "\(error.localizedDescription)")
    }

    @Test func refusesAMissingFile() {
        #expect(throws: SessionFileError.self) { try SessionFile.read(from: folder + "/none.verbatim") }
    }
}
