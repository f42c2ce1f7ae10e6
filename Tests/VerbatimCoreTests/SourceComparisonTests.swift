import Testing
import VerbatimCore

@Suite struct SourceComparisonTests {
    @Test func normalisesMarksApostrophesCaseAndSpacing() {
        #expect(QuoteWords.of("“The Kremlin’s  SHAM referenda,”") == QuoteWords.of("\"the kremlin's sham referenda\""))
        #expect(QuoteWords.similarity(["a", "b", "c", "d"], ["a", "x", "c", "d"]) == 0.75)
    }

    @Test func pairsQuotesAndReportsThoseWithoutCounterpart() {
        var session = Session()
        for text in [
            "“The engineers told us the piers are failing,” said Elena Marsh. “Nobody wants two years of detours,” she said.",
            "\"The engineers told us the piers are failing,\" said Elena Marsh. \"Ferries will run every twenty minutes,\" she said.",
        ] {
            session.add(ArticleSource(text: text), extraction: ExtractionPipeline.standard.extract(text))
        }
        let comparison = SourceComparison("a1", "a2", in: session)
        #expect(comparison.pairs.map(\.verdict) == [.verbatim, .missing, .missing])
        #expect(comparison.pairs[0].second?.id == "q3")
        #expect(comparison.pairs[2].first == nil && comparison.pairs[2].second?.id == "q4")
    }
}
