import Foundation
import Testing
@testable import VerbatimCore
import VerbatimTestSupport

/// Session files are decoded a piece at a time (so opening one takes a small multiple of its
/// size), with the same result as decoding the whole document; what the pieces cannot read
/// falls back to the whole-document decoder and its messages.
@Suite struct SessionPiecesTests {
    static func savedSession() throws -> (Session, Data) {
        var session = Session()
        for outlet in ["Gazette", "Herald", "Courier"] {
            var source = ArticleSource(file: "\(outlet).txt", title: "Title \"\(outlet)\" {[", outlet: outlet,
                                       text: "Title\n“We will rebuild the bridge [next] {year},” said Mayor Elena Marsh.\n\n\"Not \\ now,\" Tomas Reyes said.")
            source.fields = ["score": .number(1e308), "checked": .bool(true)]
            session.add(source)
        }
        try session.setField("party", to: .text("none"), onSpeaker: "Elena Marsh")
        let path = URL(fileURLWithPath: temporaryRoot).appendingPathComponent("verbatim-pieces-\(UUID().uuidString).json").path
        try SessionFile.write(session, to: path)
        return (session, try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test(arguments: [1, 300, 1 << 20])
    func decodesInPiecesWhatTheWholeDocumentHolds(pieceBytes: Int) throws {
        let (session, data) = try Self.savedSession()
        #expect(session.quotes.count == 6)
        #expect(SessionFile.sessionDecodedInPieces(data, pieceBytes: pieceBytes) == session)
        #expect(try SessionFile.decode(data, name: "s.json") == session)
    }

    @Test(arguments: [
        #"{"format": "verbatim-session", "version": 1, "session": {"articles": 3}}"#,
        #"{"format": "verbatim-session", "version": 99, "session": {"articles": [], "quotes": [], "nextArticleNumber": 1, "nextQuoteNumber": 1}}"#,
        #"{"format": "other", "version": 1, "session": {"articles": [], "quotes": [], "nextArticleNumber": 1, "nextQuoteNumber": 1}}"#,
        #"{"format": "verbatim-session", "version": 1, "session": {"articles": [], "quotes": [{"id": 1}], "nextArticleNumber": 1, "nextQuoteNumber": 1}}"#,
        #"{"format": "verbatim-session", "version": 1, "session": {"articles": [], "quotes": [], "nextArticleNumber": 1}}"#,
        #"{"format": "verbatim-session", "version": 1, "session": {"articles": [], "quotes": [], "nextArticleNumber": 1, "nextQuoteNumber": 1}"#,
        #"{"format": "verbatim-session", "version": 1, "session": {"articles": [], "quotes": ["\"], "nextArticleNumber": 1, "nextQuoteNumber": 1}}"#,
        #"{"format": "verbatim-session", "version": 1, "session": null}"#,
        #"{"format": "verbatim-session", "version": 1, "session": {"articles": [], "quotes": [], "nextArticleNumber": 1, "nextQuoteNumber": 1}} x"#,
    ])
    func leavesWhatItCannotReadToTheWholeDocumentDecoder(file: String) {
        #expect(SessionFile.sessionDecodedInPieces(Data(file.utf8)) == nil)
        #expect(throws: SessionFileError.self) { try SessionFile.decode(Data(file.utf8), name: "bad.json") }
    }

    @Test func findsMembersAndElementsAcrossStringsAndNesting() throws {
        let text = #" { "a" : [1, "x]\"y", {"b": [2, 3]}, true ] , "c":null } "#
        let members = Data(text.utf8).withUnsafeBytes { bytes -> [String]? in
            let layout = JSONLayout(bytes: bytes)
            guard let root = layout.root, let members = layout.members(of: root) else { return nil }
            let elements = layout.elements(of: members[0].value) ?? []
            return members.map(\.key) + elements.map { String(decoding: bytes[$0], as: UTF8.self) }
        }
        #expect(members == ["a", "c", "1", #""x]\"y""#, #"{"b": [2, 3]}"#, "true"])
    }
}
