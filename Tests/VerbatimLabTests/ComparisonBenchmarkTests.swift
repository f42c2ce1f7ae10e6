import Foundation
import Testing
@testable import VerbatimLab

/// The comparison benchmark's planted changes and their scoring.
@Suite struct ComparisonBenchmarkTests {
    static let original = "The engineers told us the piers are failing faster than anyone expected"

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
