import Testing
@testable import VerbatimCore

@Suite struct SessionTests {
    func session(_ texts: String...) -> Session {
        var session = Session()
        for (index, text) in texts.enumerated() {
            session.add(ArticleSource(file: "dir/article\(index + 1).txt", text: text))
        }
        return session
    }

    /// Work is cut into consecutive pieces that cover it, the last one shorter.
    @Test func cutsRangesIntoPieces() {
        #expect((0..<10).pieces(of: 4) == [0..<4, 4..<8, 8..<10])
        #expect((3..<5).pieces(of: 8) == [3..<5])
        #expect((0..<0).pieces(of: 4).isEmpty)
    }

    /// Room for a batch's quotes is made at once, exactly into an empty session, and in steps
    /// of half the array later, so that many small loads do not copy the array each time.
    @Test func makesRoomForQuotesOnceAndInSteps() {
        var session = Session()
        session.reserveRoom(forQuotes: 40)
        #expect(session.quotes.capacity >= 40 && session.quotes.capacity < 80)
        for index in 0..<40 { session.add(ArticleSource(text: "“Quote number \(index) here,” said Ana Ferreira.")) }
        #expect(session.quotes.count == 40)
        session.reserveRoom(forQuotes: 1)
        #expect(session.quotes.capacity >= 60)
        let capacity = session.quotes.capacity
        session.reserveRoom(forQuotes: 1)
        #expect(session.quotes.capacity == capacity)
    }

    @Test func givesStableShortIds() {
        var session = session("“One two three four,” said Ana Ferreira.", "“Five six seven eight,” said Tomas Reyes.")
        #expect(session.articles.map(\.id) == ["a1", "a2"])
        #expect(session.quotes.map(\.id) == ["q1", "q2"])
        #expect(session.articles[0].exportName == "article1")
        let removed = session.unload("a1")
        let removedAgain = session.unload("a1")
        #expect(removed && !removedAgain)
        session.add(ArticleSource(text: "“Nine ten eleven twelve,” said Ana Ferreira."))
        #expect(session.articles.map(\.id) == ["a2", "a3"])
        #expect(session.quotes.map(\.id) == ["q2", "q3"])
        session.reset()
        #expect(session.articles.isEmpty && session.quotes.isEmpty)
    }

    @Test func mergesSpeakersAcrossArticles() {
        let session = session(
            "“We will not retreat from this,” said Secretary of State Antony Blinken.",
            "“We stand with our partners,” Blinken said. “Always and everywhere,” he said.")
        let speakers = session.speakers()
        #expect(speakers.map(\.name) == ["Antony Blinken"])
        #expect(speakers[0].quoteCount == 3)
        #expect(speakers[0].aliases == ["Blinken"])
        #expect(session.speakers(in: ["a2"]).first?.quoteCount == 2)
    }

    @Test func mergesANameWithAndWithoutItsSuffix() {
        let merged = SpeakerDirectory.merging([Speaker(name: "Brent Bozell III", quoteCount: 1), Speaker(name: "Bozell", quoteCount: 2)])
        #expect(merged.map(\.name) == ["Brent Bozell III"])
        #expect(merged[0].quoteCount == 3)
    }

    @Test func leavesAnAliasTwoSpeakersShareUnmerged() {
        let merged = SpeakerDirectory.merging([
            Speaker(name: "Michelle Obama", aliases: ["Obama"], quoteCount: 1),
            Speaker(name: "Barack Obama", aliases: ["Obama"], quoteCount: 1),
            Speaker(name: "Obama", quoteCount: 1),
        ])
        #expect(merged.map(\.name) == ["Michelle Obama", "Barack Obama", "Obama"])
    }

    @Test func keepsSurnamesOfDifferentPeopleApart() {
        var speakers: [Speaker] = []
        SpeakerDirectory.add(Speaker(name: "Hillary Clinton", quoteCount: 1), to: &speakers)
        SpeakerDirectory.add(Speaker(name: "Bill Clinton", quoteCount: 1), to: &speakers)
        SpeakerDirectory.add(Speaker(name: "Clinton", quoteCount: 1), to: &speakers)
        #expect(speakers.map(\.name) == ["Hillary Clinton", "Bill Clinton", "Clinton"])
    }

    @Test func editsManyChangesIndexingSpeakersOncePerRunAndKeepingQuotesInTextOrder() throws {
        let base = session("“We will rebuild the bridge,” said Mayor Elena Marsh. Then more words follow here.",
                           "“The plan is rushed,” said Tomas Reyes.", "No quotes here at all, just plain words.")
        var editor = SessionEditor(base)
        for number in 0..<1_000 { try editor.setField("n", to: .number(Double(number)), onSpeaker: number % 2 == 0 ? "Elena Marsh" : "reyes") }
        #expect(editor.speakerIndexBuilds == 1)
        try editor.addQuote(article: "a3", span: TextSpan(10, 14), kind: .direct, speaker: "Ana Ferreira")
        try editor.addQuote(article: "a1", span: TextSpan(60, 64), kind: .direct)
        try editor.addQuote(article: "a1", span: TextSpan(0, 5), kind: .partial)
        try editor.addQuote(article: "a3", span: TextSpan(0, 2), kind: .direct)
        try editor.setField("n", to: .text("x"), onSpeaker: "Ana Ferreira")
        try editor.setField("checked", to: .bool(true), onQuote: "q5")
        #expect(editor.speakerIndexBuilds == 1, "a new speaker joins the index instead of rebuilding it")
        for _ in 0..<100 {
            try editor.addQuote(article: "a2", span: TextSpan(1, 5), kind: .direct, speaker: "Tomas Reyes")
            try editor.setField("m", to: .bool(true), onSpeaker: "Tomas Reyes")
        }
        #expect(editor.speakerIndexBuilds == 1)
        #expect(throws: SessionChangeError.noSpeaker("Nobody Known")) { try editor.setField("n", to: nil, onSpeaker: "Nobody Known") }
        let edited = editor.finished()
        #expect(edited.quotes.prefix(4).map(\.id) == ["q1", "q5", "q4", "q2"])
        #expect(edited.quotes.suffix(2).map(\.id) == ["q6", "q3"])
        #expect(edited.speakers().first { $0.name == "Tomas Reyes" }?.quoteCount == 101)
        #expect(edited.quote("q5")?.fields["checked"] == .bool(true))
        #expect(edited.speakers().map { "\($0.name) \($0.fields["n"].map { "\($0)" } ?? "-")" }.sorted()
                == ["Ana Ferreira text(\"x\")", "Elena Marsh number(998.0)", "Tomas Reyes number(999.0)"])
        #expect(edited.speakers().first { $0.name == "Tomas Reyes" }?.fields["m"] == .bool(true))
        // One change at a time gives the same session.
        var one = base
        try one.addQuote(article: "a3", span: TextSpan(10, 14), kind: .direct, speaker: "Ana Ferreira")
        try one.addQuote(article: "a1", span: TextSpan(60, 64), kind: .direct)
        try one.addQuote(article: "a1", span: TextSpan(0, 5), kind: .partial)
        try one.addQuote(article: "a3", span: TextSpan(0, 2), kind: .direct)
        #expect(one.quotes.map(\.id) == ["q1", "q5", "q4", "q2", "q6", "q3"])
    }

    @Test func editsChangesNamingThousandsOfNewSpeakersIndexingOnce() throws {
        var editor = SessionEditor(session("“We will rebuild the bridge,” said Mayor Elena Marsh."))
        let names = (0..<3_000).map { "Sam Kor\(Self.letters($0))" }
        for (number, name) in names.enumerated() {
            try editor.addQuote(article: "a1", span: TextSpan(1, 5), kind: .direct, speaker: name)
            try editor.setField("n", to: .number(Double(number)), onSpeaker: name)
        }
        #expect(editor.speakerIndexBuilds == 1)
        let speakers = editor.finished().speakers()
        #expect(speakers.count == 3_001)
        #expect(speakers.first { $0.name == names[2_999] }?.fields["n"] == .number(2_999))
    }

    /// 20,000 distinct names: merged by comparing every pair, they took minutes.
    @Test(.timeLimit(.minutes(1))) func mergesTwentyThousandDistinctSpeakersThroughAnIndex() {
        let records = (0..<20_000).map { Speaker(name: "Anna Ber\(Self.letters($0))", quoteCount: 1) }
        #expect(SpeakerDirectory.merging(records + [Speaker(name: "Berbaaa", quoteCount: 1)]).count == 20_000)
    }

    @Test func indexedSpeakersMatchAsTheDirectoryDoes() {
        let speakers = [
            Speaker(name: "Michelle Obama", aliases: ["Obama"]), Speaker(name: "Barack Obama", aliases: ["Obama", "POTUS"]),
            Speaker(name: "Hillary Clinton"), Speaker(name: "Bill Clinton"), Speaker(name: "Brent Bozell III"),
            Speaker(name: "Antony Blinken"), Speaker(name: "Madonna"),
        ]
        let index = SpeakerIndex(speakers)
        for name in ["obama", "potus", "Clinton", "Bozell", "Blinken", "BLINKEN", "antony blinken", "Tony Blinken", "Madonna",
                     "Lisa Madonna", "Nobody", "Brent Bozell III", "Michelle Obama"] {
            #expect(index.match(name) == SpeakerDirectory.match(name, in: speakers), "\(name)")
        }
    }

    /// Four lower-case letters that differ for each number below 26⁴.
    static func letters(_ number: Int) -> String {
        var rest = number, letters = ""
        for _ in 0..<4 {
            letters.unicodeScalars.append(Unicode.Scalar(UInt8(97 + rest % 26)))
            rest /= 26
        }
        return letters
    }
}
