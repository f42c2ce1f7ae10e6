import Foundation
import Testing
@testable import VerbatimCore

/// Matching quotations across articles and the verdict on each occurrence.
@Suite struct QuoteMatcherTests {
    static let original = "The engineers told us the piers are failing faster than anyone expected"

    func session(_ texts: [String]) -> Session {
        var session = Session()
        for (day, text) in texts.enumerated() {
            session.add(ArticleSource(date: "2026-03-0\(day + 1)", text: text))
        }
        return session
    }

    /// The one group's occurrences as "article:verdict/wording".
    func verdicts(_ later: String) -> [String] {
        let groups = QuoteMatcher(session(["“\(Self.original),” said Mayor Elena Marsh.", later])).groups()
        return groups.flatMap { $0.map { "\($0.article):\($0.verdict.rawValue)/\($0.wording.rawValue)" } }
    }

    @Test func judgesEachKindOfChange() {
        #expect(verdicts("\"the engineers told us the piers are failing faster than anyone expected\" -- Elena Marsh.")
            == ["a1:original/original", "a2:verbatim/verbatim"])
        #expect(verdicts("“The engineers told us, the piers are failing faster than anyone expected,” Marsh said.")
            == ["a1:original/original", "a2:variant/variant"])
        #expect(verdicts("“The engineers told us the piers are rotting faster than anyone expected,” Marsh said.")
            == ["a1:original/original", "a2:altered/altered"])
        #expect(verdicts("“The piers are failing faster than anyone expected,” said Elena Marsh.")
            == ["a1:original/original", "a2:trimmed/trimmed"])
        #expect(verdicts("“\(Self.original). We close the bridge in May,” said Elena Marsh.")
            == ["a1:original/original", "a2:extended/extended"])
        #expect(verdicts("“\(Self.original),” said Tomas Reyes, the harbour master.")
            == ["a1:original/original", "a2:misattributed/verbatim"])
        #expect(verdicts("Mayor Elena Marsh said that the engineers told her the piers are failing faster than anyone expected.")
            == ["a1:original/original", "a2:unquoted/altered"])
    }

    @Test func foldsBritishAndAmericanSpelling() {
        #expect(SpellingVariants.canonical("recognise") == SpellingVariants.canonical("recognize"))
        #expect(SpellingVariants.canonical("colour") == "color")
        #expect(SpellingVariants.canonical("centre") == "center")
        #expect(SpellingVariants.canonical("four") == "four")
    }

    @Test func leavesUnrelatedAndShortQuotesApart() {
        let groups = QuoteMatcher(session([
            "“\(Self.original),” said Mayor Elena Marsh. “No comment,” she said.",
            "“The ferry will run every twenty minutes from the north pier,” said Tomas Reyes. “No comment,” he said.",
        ])).groups()
        #expect(groups.map(\.count) == [1, 1])
    }

    @Test func tracesWordsInTimeOrderAgainstTheEarliestOrAGivenArticle() throws {
        let matcher = QuoteMatcher(session([
            "“\(Self.original),” said Mayor Elena Marsh.",
            "“The engineers told us the piers are rotting faster than anyone expected,” Marsh said.",
        ]))
        let traced = try matcher.trace(text: "the piers are failing faster than anyone expected")
        #expect(traced.map { $0.verdict } == [.original, .altered])
        #expect(traced[1].reference == 0)
        #expect(traced[1].diff?.runs.filter { $0.operation != .equal }.map { $0.from + $0.to } == [["failing", "rotting"]])
        let against = try matcher.trace(quote: "q2", against: "a2")
        #expect(against.map { $0.verdict } == [.altered, .original])
        #expect(throws: ComparisonError.tooShort(2)) { try matcher.trace(text: "the piers") }
        #expect(throws: ComparisonError.quoteNotFound("q9")) { try matcher.trace(quote: "q9") }
    }
}

/// The four outlets' reports of Blinken's statement in ../shared/corpus/coverage-blinken.
@Suite struct CoverageBlinkenTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/corpus/coverage-blinken").standardized.path

    func groups() throws -> (session: Session, groups: [[QuoteOccurrence]]) {
        var loader = ArticleLoader()
        var session = Session()
        for file in try loader.files(for: [Self.folder]) {
            let source = try loader.source(for: file)
            session.add(source)
        }
        return (session, QuoteMatcher(session).groups())
    }

    func outlet(_ occurrence: QuoteOccurrence, in session: Session) -> String? { session.article(occurrence.article)?.outlet }

    @Test func reutersCarriesTheSeedsFirstTwoSentencesVerbatim() throws {
        let (session, groups) = try groups()
        for opening in ["The Kremlin", "To be clear"] {
            let group = try #require(groups.first { $0.contains { $0.text.contains(opening) && outlet($0, in: session) == "Reuters" } })
            let reuters = try #require(group.first { $0.text.contains(opening) && outlet($0, in: session) == "Reuters" })
            let seed = try #require(group.first { $0.text.contains(opening) && outlet($0, in: session)?.hasPrefix("Global Village") == true })
            #expect(QuoteOccurrence(comparing: reuters.text, against: seed.text).verdict == .verbatim)
            #expect([reuters.verdict, seed.verdict].sorted { $0.rawValue < $1.rawValue } == [.original, .verbatim])
        }
    }

    @Test func okeyNewsAlteredThreeWords() throws {
        let (session, groups) = try groups()
        let okey = try #require(groups.joined().first { outlet($0, in: session) == "Okey News" && $0.text.contains("phony") })
        #expect(okey.verdict == .altered)
        let changes = okey.diff?.runs.filter { $0.operation != .equal }.map { "\($0.from.joined())→\($0.to.joined())" }
        #expect(changes == ["sham→phony", "futile→failed", "mask→disguise"])
    }

    @Test func ptiCarriesTheRecognitionSentenceUnquotedAndSpelledDifferently() throws {
        let (session, groups) = try groups()
        let pti = try #require(groups.joined().first {
            outlet($0, in: session) == "PTI" && $0.text.hasPrefix("does not, and will never, recognise the legitimacy or outcome")
        })
        #expect(pti.quote == nil)
        #expect(pti.verdict == .unquoted)
        #expect(pti.wording == .variant)
        #expect(pti.diff?.runs.filter { $0.operation != .equal }.map { $0.from + $0.to } == [["recognize", "recognise"]])
    }

    @Test func theSeedsTweetAndBodyQuoteAreTheSameWords() throws {
        let (_, groups) = try groups()
        let group = try #require(groups.first { $0.contains { $0.text.contains("This spectacle") } })
        #expect(group.map(\.verdict) == [.original, .verbatim])
        #expect(Set(group.map(\.article)).count == 1)
    }
}

/// The comparison benchmark's planted changes and their scoring.
@Suite struct ComparisonBenchmarkTests {
    @Test func plantsEachChangeAndScoresTheVerdicts() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scripts/articles")
        let texts = try ["alder-gazette", "harbor-daily", "coastline-wire"].map {
            try String(contentsOf: folder.appendingPathComponent("\($0).txt"), encoding: .utf8)
        }
        let result = ComparisonBenchmark(texts: texts).run(articles: 60, plantedShare: 0.5)
        #expect(result.articles == 60 && result.planted >= 3)
        #expect(result.precision == 1 && result.recall == 1 && result.copiesVerbatim == 1)
        #expect(result.confusions.keys.allSatisfy { $0.components(separatedBy: "→").count == 2 })
    }

    @Test func writesTheParagraphForEachChange() {
        let source = PlantedQuote.Source(words: QuoteMatcherTests.original, speaker: "Elena Marsh")
        func paragraph(_ change: PlantedQuote.Change) -> String {
            PlantedQuote.paragraph(source, change: change, other: "Tomas Reyes", filler: ["Ferries", "run", "daily"])
        }
        #expect(paragraph(.verbatim) == "“\(source.words),” said Elena Marsh.")
        #expect(paragraph(.variant) == "“The engineers told, us the piers are failing faster than anyone expected,” said Elena Marsh.")
        #expect(paragraph(.altered) == "“The engineers told us zebras piers are failing quantum than anyone expected,” said Elena Marsh.")
        #expect(paragraph(.trimmed) == "“the piers are failing faster than anyone expected,” said Elena Marsh.")
        #expect(paragraph(.extended) == "“\(source.words). Ferries run daily,” said Elena Marsh.")
        #expect(paragraph(.unquoted) == "Elena Marsh said that \(source.words).")
        #expect(paragraph(.misattributed) == "“\(source.words),” said Tomas Reyes.")
    }
}
