import Foundation
import Testing
@testable import VerbatimLab

/// The comparison benchmark's planted changes and their scoring.
@Suite struct ComparisonBenchmarkTests {
    static let original = "The engineers told us the piers are failing faster than anyone expected"

    /// Three stories quoting different people, so that each quote planted in another story is
    /// that story's only occurrence of it.
    static let stories = [
        "Mayor Elena Marsh spoke on Tuesday. “The engineers told us the piers are failing faster than anyone expected,” " +
            "said Mayor Elena Marsh. “We will not gamble with the lives of the people who cross the bridge every morning,” she added.",
        "The harbour reopened. “The ferry will run every twenty minutes from the north pier until the new bridge opens,” " +
            "said Tomas Reyes, the harbour master. “Freight operators have asked us for a second landing stage on the east bank,” he said.",
        "An engineer was asked. “Piers of that age do not fail slowly, and the tidal scour has been measured for a decade,” " +
            "said Dr. Grace Okafor. “Every inspection since the winter flood found deeper cracks in the western footings,” she said.",
    ]

    @Test func plantsEachChangeAndScoresTheVerdicts() throws {
        let texts = Self.stories
        let result = ComparisonBenchmark(texts: texts).run(articles: 60, plantedShare: 0.5)
        #expect(result.articles == 60 && result.planted >= 3)
        #expect(result.precision == 1 && result.recall == 1 && result.copiesVerbatim == 1)
        #expect(result.confusions.keys.allSatisfy { $0.components(separatedBy: "→").count == 2 })
        #expect(result.byLength.map(\.words) == ComparisonBenchmark.lengthBuckets)
        #expect(result.byLength.reduce(0) { $0 + $1.planted } == result.planted)
        #expect(result.byLength.allSatisfy { $0.found == $0.planted && $0.alteredFound == $0.alteredPlanted })
    }

    @Test func writesTheParagraphForEachChange() {
        let source = PlantedQuote.Source(words: ComparisonBenchmarkTests.original, speaker: "Elena Marsh")
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
