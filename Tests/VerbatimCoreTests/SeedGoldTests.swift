import Foundation
import Testing
import VerbatimCore

/// The seed article's gold: exactly its 7 quotations with their speakers, and the two "sham"
/// scare quotes. Reads ../shared, which lies beside the project root.
@Suite struct SeedGoldTests {
    static let seed = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/corpus/seed").standardized

    struct Gold {
        var content: TextSpan
        var source: TextSpan
        var sourceText: String
    }

    func load() throws -> (text: String, extraction: Extraction, gold: [Gold]) {
        let text = try String(contentsOf: Self.seed.appendingPathComponent("text/blinken-sham-referenda.txt"), encoding: .utf8)
        let annotations = try String(contentsOf: Self.seed.appendingPathComponent("attributions/blinken-sham-referenda_gold.ann"), encoding: .utf8)
        let brat = try BratAnnotations(parsing: annotations, file: "seed.ann")
        let scalars = ScalarText(text)
        let gold = brat.attributions.map { Gold(content: $0.content[0], source: $0.source[0], sourceText: scalars.string($0.source[0])) }
        return (text, ExtractionPipeline.standard.extract(text), gold)
    }

    @Test func findsExactlyTheSevenGoldQuotesWithTheirSpans() throws {
        let (_, extraction, gold) = try load()
        let speech = extraction.quotes.filter(\.kind.isSpeech)
        #expect(gold.count == 7)
        #expect(speech.map(\.span) == gold.map(\.content))
    }

    @Test func attributesSixToBlinkenAndTheTweetToTheStateDepartment() throws {
        let (_, extraction, gold) = try load()
        let speech = extraction.quotes.filter(\.kind.isSpeech)
        try #require(speech.count == gold.count)
        for (quote, expected) in zip(speech, gold) {
            let mention = try #require(quote.speakerMention, "no speaker mention for \(quote.text)")
            #expect(mention.overlap(with: expected.source) > 0, "mention of \(quote.text.prefix(30))")
        }
        #expect(speech.map(\.speaker) == [
            "Antony Blinken", "Antony Blinken", "Antony Blinken", "State Department",
            "Antony Blinken", "Antony Blinken", "Antony Blinken",
        ])
        #expect(speech[0].cue == "said")
        #expect(speech[2].cue == "reiterated")
    }

    @Test func marksBothShamAsScareQuotes() throws {
        let (text, extraction, _) = try load()
        let scalars = ScalarText(text)
        let others = extraction.quotes.filter { !$0.kind.isSpeech }
        #expect(others.map(\.kind) == [.scare, .scare])
        #expect(others.map { scalars.string($0.span) } == ["\"sham\"", "“sham”"])
    }

    @Test func recordsBlinkenAsOneSpeakerWithHisRole() throws {
        let (_, extraction, _) = try load()
        let blinken = try #require(extraction.speakers.first { $0.name == "Antony Blinken" })
        #expect(blinken.quoteCount == 6)
        #expect(blinken.roles == ["Secretary of State"])
        #expect(blinken.aliases.contains("Blinken"))
        #expect(extraction.speakers.first { $0.name == "State Department" }?.isOrganization == true)
    }
}
