import Testing
@testable import VerbatimCore

/// Short quotes with a word or two replaced, which share no three-word run with the original
/// and are found by their two-word runs.
@Suite struct ShortQuoteMatchTests {
    static let statement = "“The bridge stays closed because reopening it breaks the principles of public safety and order,” said Mayor Elena Marsh."

    func matcher(_ texts: [String]) -> QuoteMatcher {
        var session = Session()
        for (day, text) in texts.enumerated() { session.add(ArticleSource(date: "2026-03-0\(day + 1)", text: text)) }
        return QuoteMatcher(session)
    }

    /// The groups as "article:verdict" (changed words in stories that quote nothing else of
    /// one occasion are `possible`: found, not judged).
    func verdicts(_ texts: [String]) -> [[String]] {
        matcher(texts).groups().map { $0.map { "\($0.article):\($0.verdict.rawValue)" } }
    }

    @Test func findsAnEightWordQuoteWithTwoWordsReplaced() {
        #expect(verdicts([
            "“Harbour engineers warned the council about failing piers,” said Mayor Elena Marsh.",
            "“Harbour engineers told the council of failing piers,” Marsh said.",
        ]) == [["a1:original", "a2:possible"]])
    }

    @Test func findsAShortQuoteWithOneWordReplacedInsideALongOne() throws {
        let later = "“Principles of civic safety and order,” said Elena Marsh of the closure."
        #expect(verdicts([Self.statement, later]) == [["a1:original", "a2:possible"]])
        let traced = try matcher([Self.statement, later]).trace(text: "principles of civic safety and order")
        #expect(traced.map(\.article) == ["a1", "a2"])
    }

    @Test func leavesAPhraseTwoPeopleShareApart() {
        #expect(verdicts([
            "“I will never, ever let you down,” said Tomas Reyes.",
            "“I will not let you down,” said Elena Marsh.",
        ]) == [["a1:original"], ["a2:original"]])
    }

    @Test func skipsPairsOfStopWords() {
        #expect(QuoteMatcher.pairs(of: ArraySlice(["of", "the", "bridge"].map { ComparedText.key(of: $0) })).count == 1)
    }
}
