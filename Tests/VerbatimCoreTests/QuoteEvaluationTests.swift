import Foundation
import Testing
import VerbatimCore

/// The scoring protocol of shared/docs/quote-evaluation.md, on a corpus the test writes.
@Suite struct QuoteEvaluationTests {
    static let text = """
    Bridge report
    “We will rebuild the bridge next year,” said Mayor Elena Marsh.
    Critics called it “a plan that nobody on the council has seen in writing” on Friday.
    Ana Ferreira spoke after the “mayor” left.
    “Ferries will run every twenty minutes,” Tomas Reyes said.
    The crowd kept chanting “close it now” at the back.
    """

    /// The code-point span of `part` in the text.
    static func span(_ part: String) -> TextSpan {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(part.unicodeScalars)
        let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
        return TextSpan(start, start + needle.count)
    }

    static func entity(_ id: Int, _ label: String, _ part: String) -> String {
        let span = span(part)
        return "T\(id)\t\(label) \(span.start) \(span.end)\t\(part)"
    }

    /// Gold: Marsh's quote, Reyes's quote given to Ferreira, and the chant; a paraphrase with a
    /// short quote inside is an attribution but not a direct quote.
    static let annotations = [
        entity(1, "Content", "“We will rebuild the bridge next year,”"), entity(2, "Source", "Mayor Elena Marsh"),
        "E1\tContent:T1 Source:T2",
        entity(3, "Content", "“Ferries will run every twenty minutes,”"), entity(4, "Source", "Ana Ferreira"),
        "E2\tContent:T3 Source:T4",
        entity(5, "Content", "“close it now”"), entity(6, "Source", "The crowd"),
        "E3\tContent:T5 Source:T6",
        entity(7, "Content", "Ana Ferreira spoke after the “mayor”"), entity(8, "Source", "Ana Ferreira"),
        "E4\tContent:T7 Source:T8",
        "",
    ].joined(separator: "\n")

    func writeCorpus() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-eval-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/text", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/attributions", withIntermediateDirectories: true)
        try Self.text.write(toFile: folder + "/text/bridge.txt", atomically: true, encoding: .utf8)
        try Self.annotations.write(toFile: folder + "/attributions/bridge_a1.ann", atomically: true, encoding: .utf8)
        // A second annotator's file sorts later and is not the gold; its second line carries on
        // the first one's text, as brat writes text with line breaks.
        try "T1\tContent 0 6\tBridge\nreport\n".write(toFile: folder + "/attributions/bridge_b2.ann", atomically: true, encoding: .utf8)
        return folder
    }

    @Test func takesOnlyMostlyQuotedContentsAsGold() throws {
        let corpus = try GoldCorpus(folder: try writeCorpus())
        #expect(corpus.documents.map(\.name) == ["bridge"])
        #expect(corpus.documents[0].quotes.map(\.sourceText) == ["Mayor Elena Marsh", "Ana Ferreira", "The crowd"])
    }

    @Test func scoresQuotesAttributionAndEndToEnd() throws {
        let corpus = try GoldCorpus(folder: try writeCorpus())
        let document = corpus.documents[0]
        let system = ExtractionPipeline.standard.extract(document.text).quotes.filter(\.kind.isSpeech)
        var evaluation = QuoteEvaluation()
        evaluation.add(article: document.name, text: ScalarText(document.text), gold: document.quotes, system: system)
        #expect((evaluation.goldQuotes, evaluation.systemQuotes, evaluation.correctQuotes) == (3, 3, 2))
        #expect(evaluation.foundGold == 2)
        #expect(evaluation.rightlyAttributed == 1)
        #expect(abs(evaluation.f1 - 2.0 / 3) < 1e-9)
        #expect(evaluation.attributionAccuracy == 0.5)
        #expect(abs(evaluation.endToEndF1 - 1.0 / 3) < 1e-9)
        #expect(evaluation.errors.map(\.kind) == [.falseAlarm, .wrongSpeaker, .miss])
        #expect(evaluation.errors[1].expectedSpeaker == "Ana Ferreira")
        #expect(evaluation.errors[1].foundSpeaker == "Tomas Reyes")
        #expect(evaluation.errors[2].quote == "“close it now”")
        #expect(evaluation.errors[2].context.contains("chanting ⟦“close it now”⟧ at the back."))
    }

    @Test func refusesAFolderThatIsNoCorpus() {
        #expect(throws: LoadError.self) { try GoldCorpus(folder: FileManager.default.temporaryDirectory.path) }
    }
}
