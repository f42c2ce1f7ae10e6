import Foundation
import Testing
import VerbatimCore
import VerbatimTestSupport

/// Session files edited by hand or damaged: every value later arithmetic or listing would trap
/// on, or that ids could not be, is refused on open with a sentence naming the file.
@Suite struct SessionValidationTests {
    /// A saved session of two articles with one quote each, as JSON objects to spoil.
    static func savedSession() throws -> [String: Any] {
        var session = Session()
        for outlet in ["Gazette", "Herald"] {
            session.add(ArticleSource(file: "\(outlet).txt", title: "Title", outlet: outlet,
                                      text: "Title\n“We will rebuild the bridge next year,” said Mayor Elena Marsh."))
        }
        let path = temporaryPath()
        try SessionFile.write(session, to: path)
        return try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    }

    static func temporaryPath() -> String {
        URL(fileURLWithPath: temporaryRoot).appendingPathComponent("verbatim-validation-\(UUID().uuidString).json").path
    }

    /// Reads the saved session after `spoil` has changed it; returns the error's reason.
    static func reason(spoiling spoil: (inout [String: Any], inout [String: Any]) -> Void) throws -> String? {
        var file = try savedSession()
        var session = try #require(file["session"] as? [String: Any])
        spoil(&file, &session)
        file["session"] = session
        let path = temporaryPath()
        try JSONSerialization.data(withJSONObject: file).write(to: URL(fileURLWithPath: path))
        do {
            _ = try SessionFile.read(from: path)
            return nil
        } catch let error as SessionFileError {
            #expect(error.path == path)
            return error.reason
        }
    }

    /// Changes one key of the first article (index 0) or quote.
    static func setting(_ key: String, to value: Any, in list: String, at index: Int = 0) -> (inout [String: Any], inout [String: Any]) -> Void {
        { _, session in
            var items = session[list] as! [[String: Any]]
            items[index][key] = value
            session[list] = items
        }
    }

    @Test func opensTheUnspoiledFile() throws {
        #expect(try Self.reason { _, _ in } == nil)
    }

    @Test func refusesCountersPastWhatCanBeCountedOn() throws {
        #expect(try Self.reason { _, session in session["nextArticleNumber"] = Int.max }
            == "is damaged: its nextArticleNumber is 9223372036854775807, which is not between 1 and 9007199254740992")
        #expect(try Self.reason { _, session in session["nextQuoteNumber"] = Int.max }
            == "is damaged: its nextQuoteNumber is 9223372036854775807, which is not between 1 and 9007199254740992")
        #expect(try Self.reason { _, session in session["nextArticleNumber"] = -5 }
            == "is damaged: its nextArticleNumber is -5, which is not between 1 and 9007199254740992")
    }

    /// A session counting from just below the limit opens, takes one more article, then
    /// refuses the next instead of saving a file `open` would refuse.
    @Test func refusesToNumberPastTheLimitSoEverySavedFileOpens() throws {
        var file = try Self.savedSession()
        var fields = try #require(file["session"] as? [String: Any])
        fields["nextArticleNumber"] = Session.largestNumber - 1
        fields["nextQuoteNumber"] = Session.largestNumber - 1
        file["session"] = fields
        let path = Self.temporaryPath()
        try JSONSerialization.data(withJSONObject: file).write(to: URL(fileURLWithPath: path))
        var session = try SessionFile.read(from: path)
        let article = session.add(ArticleSource(text: "“We will rebuild,” said Elena Marsh."))
        #expect(article?.id == "a9007199254740991")
        let before = session
        let refused = session.add(ArticleSource(text: "No quote."))
        #expect(refused == nil)
        #expect(session == before)
        try SessionFile.write(session, to: path)
        #expect(try SessionFile.read(from: path) == session)
        var editor = SessionEditor(session)
        #expect(throws: SessionChangeError.quoteNumbersUsedUp) {
            try editor.addQuote(article: "a1", span: TextSpan(0, 5), kind: .direct)
        }
    }

    @Test func saysACounterMustBeAWholeNumber() throws {
        #expect(try Self.reason { _, session in session["nextArticleNumber"] = 2.5 }
            == "is damaged: the number at .session.nextArticleNumber must be a whole number (up to 9223372036854775807)")
    }

    @Test func saysAVersionTooLargeForANumberMustBeAWholeNumber() throws {
        let path = Self.temporaryPath()
        try JSONSerialization.data(withJSONObject: try Self.savedSession()).write(to: URL(fileURLWithPath: path))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: #""version":1"#, with: #""version":1e400"#).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(text.contains(#""version":1"#))
        do {
            _ = try SessionFile.read(from: path)
            Issue.record("opened a file of version 1e400")
        } catch let error as SessionFileError {
            #expect(error.reason == "is damaged: its format version must be a whole number, such as 1")
        }
    }

    @Test func refusesATextLongerThanLoadKeeps() throws {
        let text = String(repeating: "x", count: LoadLimits.textBytes + 1)
        #expect(try Self.reason(spoiling: Self.setting("text", to: text, in: "articles"))
            == "is damaged: the text of a1 is 65 MB; texts over 64 MB are not loaded")
    }

    @Test(arguments: [Int.max, -3])
    func refusesQuoteCountsNoFileCouldHold(count: Int) throws {
        let reason = try Self.reason { _, session in
            var articles = session["articles"] as! [[String: Any]]
            for index in articles.indices {
                var speakers = articles[index]["speakers"] as! [[String: Any]]
                speakers[0]["quoteCount"] = count
                articles[index]["speakers"] = speakers
            }
            session["articles"] = articles
        }
        #expect(reason == "is damaged: a1 counts \(count) quotes of Elena Marsh, which is not between 0 and 9007199254740992")
    }

    @Test func sumsQuoteCountsWithoutOverflowing() {
        var speakers: [Speaker] = []
        for name in ["Marsh", "Elena Marsh", "Elena Marsh"] {
            SpeakerDirectory.add(Speaker(name: name, quoteCount: Int.max - 1), to: &speakers)
        }
        #expect(speakers.map(\.quoteCount) == [Int.max])
    }

    @Test(arguments: [
        ("a1; reset", "is damaged: \"a1; reset\" is not an article id (a1, a2…)"),
        ("", "is damaged: \"\" is not an article id (a1, a2…)"),
        ("a 1", "is damaged: \"a 1\" is not an article id (a1, a2…)"),
        ("a\u{7}", "is damaged: \"a?\" is not an article id (a1, a2…)"),
        ("a01", "is damaged: \"a01\" is not an article id (a1, a2…)"),
        ("a2", "is damaged: article id a2 is used twice"),
    ])
    func refusesOddOrRepeatedArticleIDs(id: String, reason: String) throws {
        #expect(try Self.reason(spoiling: Self.setting("id", to: id, in: "articles")) == reason)
    }

    @Test func refusesOddQuoteIDs() throws {
        #expect(try Self.reason(spoiling: Self.setting("id", to: "q1\n", in: "quotes")) == "is damaged: \"q1?\" is not a quote id (q1, q2…)")
    }

    @Test func saysWhereASpanIsNotAWholeNumber() throws {
        #expect(try Self.reason(spoiling: Self.setting("span", to: ["start": 1.5, "end": 9], in: "quotes", at: 1))
            == "is damaged: the number at .session.quotes[1].span.start must be a whole number (up to 9223372036854775807)")
    }

    @Test(arguments: [
        ("\"1\"", "is damaged: its format version must be a whole number, such as 1"),
        ("1.5", "is damaged: its format version must be a whole number, such as 1"),
        ("-1", "is damaged: its format version is -1; versions start at 1"),
        ("0", "is damaged: its format version is 0; versions start at 1"),
    ])
    func refusesVersionsThatAreNotVersions(version: String, reason: String) throws {
        let value = try JSONSerialization.jsonObject(with: Data(version.utf8), options: .fragmentsAllowed)
        #expect(try Self.reason { file, _ in file["version"] = value } == reason)
    }
}
