import Testing
import VerbatimCore
@testable import VerbatimLab

/// Protocol 1 of shared/docs/quote-evaluation.md beside protocol 2, on `HarborCorpus`.
@Suite struct ProtocolOneTests {
    func isMostlyQuoted(_ content: String) -> Bool { QuotedContent.isMostlyQuoted(Array(content.unicodeScalars)) }

    @Test func takesAContentAsDirectWhenItsOwnTextIsMostlyQuoted() {
        #expect(isMostlyQuoted("“We will rebuild,” he said"))
        #expect(isMostlyQuoted("''We will rebuild,'' he said"))
        #expect(isMostlyQuoted("\"unclosed to the end"))
        // A closing mark alone opens nothing.
        #expect(!isMostlyQuoted("We will rebuild the bridge,”"))
        #expect(!isMostlyQuoted("the ferry would run “daily” from the old pier"))
        #expect(!isMostlyQuoted(""))
    }

    @Test func splitsTheGoldByEachProtocol() throws {
        let folder = try HarborCorpus.write()
        let old = try GoldCorpus(folder: folder, by: .one).documents[0]
        #expect(old.quotes.map(\.sourceText) == ["Reyes"])
        #expect(old.otherAttributions.isEmpty)
        let current = try GoldCorpus(folder: folder, by: .two).documents[0]
        #expect(current.quotes.map(\.sourceText) == ["Mayor Elena Marsh", "Reyes"])
        #expect(current.otherAttributions.map(\.sourceText) == ["Tomas Reyes"])
    }

    /// Marsh's quote, the ferry quotation and the budget quote given to "Tomas Reyes" by "he".
    /// Protocol 2: 2 gold, 3 correct of 3, both found, all rightly attributed (the last by
    /// surname). Protocol 1: 1 gold (Marsh's Content has no opening mark), 2 false alarms
    /// (nothing reads the paraphrase), and the budget quote found but wrongly attributed.
    @Test func scoresTheSameQuotesDifferentlyByEachProtocol() throws {
        let text = HarborCorpus.text
        let system = [
            SystemQuote(span: BridgeCorpus.span("“We will open the harbor in May,”", in: text),
                        speakerMention: BridgeCorpus.span("Elena Marsh", in: text), speaker: "Elena Marsh"),
            SystemQuote(span: BridgeCorpus.span("“every twenty minutes from dawn until the last boat is in”", in: text),
                        speakerMention: BridgeCorpus.span("Tomas Reyes", in: text), speaker: "Tomas Reyes", kind: .partial),
            SystemQuote(span: BridgeCorpus.span(HarborCorpus.budgetContent, in: text),
                        speakerMention: BridgeCorpus.span(" he ", in: text), speaker: "Tomas Reyes"),
        ]
        let folder = try HarborCorpus.write()
        func evaluation(_ scoringProtocol: ScoringProtocol) throws -> QuoteEvaluation {
            let document = try GoldCorpus(folder: folder, by: scoringProtocol).documents[0]
            var evaluation = QuoteEvaluation(by: scoringProtocol)
            evaluation.add(article: document.name, text: ScalarText(document.text), gold: document.quotes,
                           other: document.otherAttributions, system: system)
            return evaluation
        }
        let current = try evaluation(.two)
        #expect((current.goldQuotes, current.systemQuotes, current.correctQuotes, current.foundGold) == (2, 3, 3, 2))
        #expect((current.f1, current.attributionAccuracy, current.endToEndF1) == (1, 1, 1))
        let old = try evaluation(.one)
        #expect((old.goldQuotes, old.systemQuotes, old.correctQuotes, old.foundGold) == (1, 3, 1, 1))
        #expect((old.precision, old.recall, old.f1) == (1.0 / 3, 1, 0.5))
        #expect((old.attributionAccuracy, old.endToEndF1) == (0, 0))
        #expect(old.errors.map(\.kind) == [.falseAlarm, .falseAlarm, .wrongSpeaker])
    }

    @Test func creditsNoSurnameUnderProtocolOne() {
        let gold = GoldAttribution(content: OffsetSet([TextSpan(0, 4)]), source: OffsetSet([TextSpan(10, 15)]), sourceText: "Reyes")
        let quote = SystemQuote(span: TextSpan(0, 4), speaker: "Tomas Reyes")
        #expect(QuoteEvaluation.isRightlyAttributed(quote, gold, by: .two))
        #expect(!QuoteEvaluation.isRightlyAttributed(quote, gold, by: .one))
        #expect(QuoteEvaluation.isRightlyAttributed(SystemQuote(span: TextSpan(0, 4), speaker: "reyes"), gold, by: .one))
    }
}
