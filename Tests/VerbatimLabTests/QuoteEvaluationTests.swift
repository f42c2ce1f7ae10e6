import Foundation
import Testing
import VerbatimCore
import VerbatimLab

/// Scoring the extractor on the corpus the tests write (`BridgeCorpus`).
@Suite struct QuoteEvaluationTests {
    @Test func takesMostlyQuotedContentsAsGoldAndKeepsTheOthers() throws {
        let corpus = try GoldCorpus(folder: try BridgeCorpus.write())
        #expect(corpus.documents.map(\.name) == ["bridge"])
        #expect(corpus.documents[0].quotes.map(\.sourceText) == ["Mayor Elena Marsh", "Ana Ferreira", "The crowd"])
        #expect(corpus.documents[0].otherAttributions.map(\.sourceText) == ["Ana Ferreira"])
    }

    @Test func scoresQuotesAttributionAndEndToEnd() throws {
        let corpus = try GoldCorpus(folder: try BridgeCorpus.write())
        let document = corpus.documents[0]
        let system = ExtractionPipeline.standard.extract(document.text).quotes.map(SystemQuote.init)
        var evaluation = QuoteEvaluation()
        evaluation.add(article: document.name, text: ScalarText(document.text), gold: document.quotes,
                       other: document.otherAttributions, system: system)
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
        #expect(evaluation.errors[2].context.contains("the ⟦“close it now”⟧ chant going at the back."))
    }

    @Test func refusesAFolderThatIsNoCorpus() {
        #expect(throws: LoadError.self) { try GoldCorpus(folder: FileManager.default.temporaryDirectory.path) }
    }
}
