import Foundation
import Testing
@testable import VerbatimCore

/// Matching quotations across articles and the verdict on each occurrence.
@Suite struct QuoteMatcherTests {
    static let original = "The engineers told us the piers are failing faster than anyone expected"
    /// Another quotation both stories carry: they report one occasion, so changed words are
    /// a source's change.
    static let occasion = "\n\n“Repairs will cost the harbour forty million dollars over six years,” Marsh added."

    func session(_ texts: [String]) -> Session {
        var session = Session()
        for (day, text) in texts.enumerated() {
            session.add(ArticleSource(date: "2026-03-0\(day + 1)", text: text))
        }
        return session
    }

    /// The occurrences of the piers quotation as "article:verdict/wording", in a story that
    /// also quotes another line of the occasion and one that does not (`alone`).
    func verdicts(_ later: String, alone: Bool = false) -> [String] {
        let groups = QuoteMatcher(session(["“\(Self.original),” said Mayor Elena Marsh." + Self.occasion,
                                           later + (alone ? "" : Self.occasion)])).groups()
        return groups.filter { !$0[0].text.contains("Repairs") }
            .flatMap { $0.map { "\($0.article):\($0.verdict.rawValue)/\($0.wording.rawValue)" } }
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
        #expect(verdicts("Mayor Elena Marsh said that the engineers told us the piers are failing faster than anyone expected.")
            == ["a1:original/original", "a2:unquoted/verbatim"])
    }

    @Test func judgesChangedWordsOnlyInAReportOfTheSameOccasion() {
        // A story that quotes nothing else of the occasion may have the words from another
        // one, where the person said the line differently.
        #expect(verdicts("“The engineers told us the piers are rotting faster than anyone expected,” Marsh said.", alone: true)
            == ["a1:original/original", "a2:possible/altered"])
        #expect(verdicts("“The piers are failing faster than anyone expected,” said Elena Marsh.", alone: true)
            == ["a1:original/original", "a2:trimmed/trimmed"])
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
        ].map { $0 + Self.occasion }))
        let traced = try matcher.trace(text: "the piers are failing faster than anyone expected")
        #expect(traced.map { $0.verdict } == [.original, .altered])
        #expect(traced[1].reference == 0)
        #expect(traced[1].diff?.runs.filter { $0.operation != .equal }.map { $0.from + $0.to } == [["failing", "rotting"]])
        let against = try matcher.trace(quote: "q3", against: "a2")
        #expect(against.map { $0.verdict } == [.altered, .original])
        #expect(throws: ComparisonError.tooShort(2)) { try matcher.trace(text: "the piers") }
        #expect(throws: ComparisonError.quoteNotFound("q9")) { try matcher.trace(quote: "q9") }
    }
}
