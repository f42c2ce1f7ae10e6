import Testing
@testable import VerbatimCore

/// How occurrences are grouped and how far a verdict can be trusted: stars around one
/// utterance, repeats inside one article, shared evidence, careful misattribution, and weak
/// matches shown as possible.
@Suite struct QuoteGroupingTests {
    static let statement = "The engineers told us the piers are failing faster than anyone expected"

    /// A session of `texts` published a day apart from 1 March 2026, or on the given dates.
    func matcher(_ texts: [String], dates: [String]? = nil, minimumConfidence: Double = QuoteMatcher.defaultMinimumConfidence) -> QuoteMatcher {
        var session = Session()
        for (index, text) in texts.enumerated() {
            session.add(ArticleSource(date: dates?[index] ?? "2026-03-0\(index + 1)", text: text))
        }
        var matcher = QuoteMatcher(session)
        matcher.minimumConfidence = minimumConfidence
        return matcher
    }

    /// Each group's occurrences as "article:verdict".
    func verdicts(_ texts: [String], dates: [String]? = nil, minimumConfidence: Double = QuoteMatcher.defaultMinimumConfidence) -> [[String]] {
        matcher(texts, dates: dates, minimumConfidence: minimumConfidence).groups()
            .map { $0.map { "\($0.article):\($0.verdict.rawValue)" } }
    }

    @Test func joinsOnlyQuotesThatMatchTheGroupsReference() {
        // The third quote matches the second, which extends the first; it shares no words
        // with the first, so it is not the first's quotation.
        #expect(verdicts([
            "“\(Self.statement),” said Mayor Elena Marsh.",
            "“\(Self.statement). We will close the bridge in May,” said Elena Marsh.",
            "“We will close the bridge in May,” Marsh said.",
        ]) == [["a1:original", "a2:extended"], ["a3:original"]])
    }

    @Test func showsAnArticlesOwnRepeatAsRepeat() {
        #expect(verdicts([
            "Marsh: “\(Self.statement)”\n\n“\(Self.statement),” said Mayor Elena Marsh.",
            "“\(Self.statement),” Marsh said.",
        ]) == [["a1:original", "a1:repeat", "a2:verbatim"]])
    }

    @Test func leavesStatementsSharingACommonPhraseApart() {
        #expect(verdicts([
            "“We have to do the right thing for this city,” said Mayor Elena Marsh.",
            "“Every member of this council has to do the right thing,” said Tomas Reyes.",
        ]) == [["a1:original"], ["a2:original"]])
    }

    @Test func leavesAFewIdenticalEverydayWordsApartButNotASentence() {
        #expect(verdicts(["“Boots on the ground,” said Mayor Elena Marsh.", "“Boots on the ground,” said Tomas Reyes."])
            == [["a1:original"], ["a2:original"]])
        #expect(verdicts(["“We are going to do it and we will do it,” said Mayor Elena Marsh.",
                          "“We are going to do it and we will do it,” Marsh said."]) == [["a1:original", "a2:verbatim"]])
        // The same person's few everyday words, at the same time, are one quotation.
        #expect(verdicts(["“Boots on the ground,” said Mayor Elena Marsh.", "“Boots on the ground,” Marsh said."])
            == [["a1:original", "a2:verbatim"]])
    }

    @Test func readsAQuoteSplitByItsReportingClauseWhole() {
        let first = "The engineers told us the piers are failing faster than anyone expected."
        let second = "We will not gamble with the lives of the people who cross it every morning."
        #expect(verdicts(["“\(first) \(second)” said Mayor Elena Marsh.",
                          "“\(first)” Marsh said on Tuesday. “\(second)”"]).first?.prefix(2) == ["a1:original", "a2:variant"])
        #expect(verdicts(["“\(first) \(second)” said Mayor Elena Marsh.",
                          "“\(first)” Marsh stated in a press release on Tuesday afternoon.\n\nMarsh added, “\(second)”"]).first?
            .prefix(2) == ["a1:original", "a2:variant"])
        // A paragraph that opens with the quote is a quote of its own, as reports of statements
        // set them out sentence by sentence.
        #expect(verdicts(["“\(first) \(second)” said Mayor Elena Marsh.",
                          "“\(first)” Marsh said in a statement.\n\n“\(second)” she said."]).first?.prefix(2) == ["a1:original", "a2:trimmed"])
        // Another person's words in the next paragraph are not the rest of the quote.
        #expect(verdicts(["“\(first) \(second)” said Mayor Elena Marsh.",
                          "“\(first)” Marsh said.\n\nTomas Reyes answered, “\(second)”"]).first?.prefix(2) == ["a1:original", "a2:trimmed"])
    }

    @Test func callsHyphensDiacriticsAndApostrophesVariants() {
        #expect(verdicts([
            "“The greed, the showing off, the absurd third-grade theatrics of the Calderón campaign,” said Mayor Elena Marsh.",
            "“The greed, the showing off, the absurd third grade theatrics of the Calderon campaign,” Marsh said.",
        ]) == [["a1:original", "a2:variant"]])
        #expect(verdicts([
            "“Reyes's plan would close the ferry landing for the whole of the summer season,” said Mayor Elena Marsh.",
            "“Reyes‘s plan would close the ferry landing for the whole of the summer season,” Marsh said.",
        ]) == [["a1:original", "a2:verbatim"]])
    }

    @Test func accusesMisattributionOnlyWhenTheRightPersonIsNotNamedNearby() {
        let original = "“\(Self.statement),” said Mayor Elena Marsh."
        #expect(verdicts([original, "“\(Self.statement),” said Tomas Reyes."]) == [["a1:original", "a2:misattributed"]])
        // The article names Marsh in the quote's paragraph, or in the one before a pronoun:
        // more likely an extraction's slip than the article's.
        #expect(verdicts([original, "Mayor Elena Marsh opened the meeting. “\(Self.statement),” said Tomas Reyes."])
            == [["a1:original", "a2:verbatim"]])
        #expect(verdicts([original, "Tomas Reyes spoke first. Then came Mayor Elena Marsh.\n\n“\(Self.statement),” he said."])
            == [["a1:original", "a2:verbatim"]])
        // Not a name: a headline's words taken for a speaker.
        #expect(verdicts([original, "“\(Self.statement),” said Claim That Piers Fail."]).first?.last != "a2:misattributed")
    }

    @Test func showsAWeakMatchAsPossibleUnlessTheArticlesShareAnotherQuotation() {
        let statement = "“The bridge stays closed because reopening it breaks the principles of public safety and order,” said Mayor Elena Marsh."
        let second = "“We will not gamble with the lives of the people who cross it every morning,”"
        #expect(verdicts([statement, "“Principles of civic safety and order,” said Tomas Reyes."])
            == [["a1:original", "a2:possible"]])
        // However sure the match, changed words need a report of the same occasion.
        #expect(verdicts([statement, "“Principles of civic safety and order,” said Tomas Reyes."], minimumConfidence: 0)
            == [["a1:original", "a2:possible"]])
        let corroborated = matcher([statement + " \(second) she said.", "“Principles of civic safety and order,” said Tomas Reyes. \(second) Marsh said."]).groups()
        let weak = try! #require(corroborated.first { $0.count == 2 && $0[1].text.contains("civic") })
        #expect(weak[1].verdict == .altered && weak[1].evidence?.isCorroborated == true)
    }

    @Test func trustsTheSamePersonOnlyWithinAFewDays() throws {
        let texts = ["“I have said it before, the ferry is not a bridge,” said Mayor Elena Marsh.",
                     "“The ferry is not a bridge,” Marsh said."]
        let soon = try #require(matcher(texts, minimumConfidence: 0).groups().first { $0.count == 2 })
        let later = try #require(matcher(texts, dates: ["2026-03-01", "2026-09-01"], minimumConfidence: 0).groups().first { $0.count == 2 })
        #expect(soon[1].evidence?.speakers == .same && later[1].evidence?.speakers == .unknown)
        #expect(soon[1].confidence == 2 * later[1].confidence || soon[1].confidence == 1)
    }

    @Test func leavesNarrationPublishedBeforeTheQuoteOut() {
        #expect(verdicts([
            "Mayor Elena Marsh said the engineers told her the piers are failing faster than anyone expected.",
            "“\(Self.statement),” said Mayor Elena Marsh.",
            "Marsh said the engineers told us the piers are failing faster than anyone expected.",
        ]) == [["a2:original", "a3:unquoted"]])
    }

    @Test func readsDatesAsDays() {
        #expect(DayNumber("2016-03-01")!.value - DayNumber("2016-02-28")!.value == 2)
        #expect(DayNumber("2015-03-01")!.value - DayNumber("2015-02-28")!.value == 1)
        #expect(DayNumber("2017-01-01")!.value - DayNumber("2016-12-31")!.value == 1)
        #expect(DayNumber("2016-08-11T09:30:00Z")!.value == DayNumber("2016-08-11")!.value)
        for bad in ["", "2016-13-01", "16-08-11", "August 11, 2016", "2016-8-11"] { #expect(DayNumber(bad) == nil) }
        #expect(DayNumber(nil) == nil)
    }

    @Test func leavesOverlappingQuotesUnjoined() throws {
        // A plugin may add a quote inside another: the two are not a quote split around its
        // reporting clause, and reading them whole must not form a backward range.
        var session = Session()
        session.add(ArticleSource(date: "2026-03-01", text: "“\(Self.statement),” said Mayor Elena Marsh."))
        let text = "“\(Self.statement) and we will close the bridge in May,” said Mayor Elena Marsh."
        session.add(ArticleSource(date: "2026-03-02", text: text))
        try session.addQuote(article: "a2", span: TextSpan(5, 25), kind: .direct, speaker: "Elena Marsh")
        try session.addQuote(article: "a2", span: TextSpan(0, ScalarText(text).count), kind: .direct, speaker: "Elena Marsh")
        let groups = QuoteMatcher(session).groups()
        #expect(groups.contains { $0.count > 1 && $0[0].article == "a1" })
    }
}
