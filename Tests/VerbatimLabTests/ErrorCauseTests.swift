import Testing
import VerbatimCore
@testable import VerbatimLab

/// Each test of `ErrorCauseRules`, on sentences written here.
@Suite struct ErrorCauseTests {
    func gold(_ content: String, source: String?, in text: String) -> GoldAttribution {
        GoldAttribution(content: OffsetSet([BridgeCorpus.span(content, in: text)]),
                        source: OffsetSet(source.map { [BridgeCorpus.span($0, in: text)] } ?? []), sourceText: source ?? "")
    }

    /// The cause of a wrong speaker: `quote`'s speaker is `mention` (or none) where the gold says `source`.
    func wrongSpeaker(_ text: String, quote: String, source: String?, mention: String?) -> ErrorCause {
        let system = SystemQuote(span: BridgeCorpus.span(quote, in: text), speakerMention: mention.map { BridgeCorpus.span($0, in: text) },
                                 speaker: mention)
        return ErrorCauseRules.wrongSpeaker(system, gold: gold(quote, source: source, in: text), text: ScalarText(text))
    }

    @Test func namesTheCauseOfAWrongSpeaker() {
        let quote = "“Costs will rise,”"
        #expect(wrongSpeaker("“Costs will rise,” Marsh said.", quote: quote, source: "Marsh", mention: nil) == .missingSpeaker)
        #expect(wrongSpeaker("Reyes spoke. “Costs will rise,” he said.", quote: quote, source: nil, mention: "Reyes") == .noGoldSource)
        #expect(wrongSpeaker("Marsh spoke.\n“Costs will rise,” Reyes added.", quote: quote, source: "Marsh", mention: "Reyes") == .carriedOver)
        #expect(wrongSpeaker("Reyes spoke. “Costs will rise,” she said.", quote: quote, source: "she", mention: "Reyes") == .pronoun)
        #expect(wrongSpeaker("Reyes spoke. “Costs will rise,” said Ana.", quote: quote, source: "said", mention: "Reyes") == .verbAsSource)
        #expect(wrongSpeaker("Reyes spoke. “Costs will rise,” the report said.", quote: quote, source: "the report",
                             mention: "Reyes") == .organisation)
        #expect(wrongSpeaker("Reyes spoke. “Costs will rise,” the FBI said.", quote: quote, source: "the FBI",
                             mention: "Reyes") == .organisation)
        #expect(wrongSpeaker("Reyes spoke. “Costs will rise,” the former mayor said.", quote: quote, source: "the former mayor",
                             mention: "Reyes") == .description)
        #expect(wrongSpeaker("Reyes spoke. “Costs will rise,” Marsh said.", quote: quote, source: "Marsh", mention: "Reyes") == .wrongEntity)
        #expect(wrongSpeaker("“Costs will rise,” Marsh told Reyes.", quote: quote, source: "Marsh", mention: "Reyes") == .wrongMention)
        // The quote's own sentences do not part the mention from the Source.
        #expect(wrongSpeaker("Reyes heard “No. Costs will rise,” from Marsh.", quote: "“No. Costs will rise,”", source: "Marsh",
                             mention: "Reyes") == .wrongMention)
    }

    /// The cause of missing the gold `content` of `text`.
    func miss(_ text: String, content: String, covered: Int = 0, notSpeech: [SystemQuote] = []) -> ErrorCause {
        ErrorCauseRules.miss(gold(content, source: "Marsh", in: text), covered: covered, notSpeech: notSpeech,
                             stretches: QuoteMarkedStretches.offsets(in: ScalarText(text)), text: ScalarText(text))
    }

    @Test func namesTheCauseOfAMiss() {
        let text = "Marsh accused the council of being “duped” by “a con” last week."
        let content = "“duped” by “a con”"
        let scare = SystemQuote(span: BridgeCorpus.span("“duped”", in: text), kind: .scare)
        let title = SystemQuote(span: BridgeCorpus.span("“duped”", in: text), kind: .title)
        #expect(miss(text, content: content, notSpeech: [scare]) == .classedScare)
        #expect(miss(text, content: content, notSpeech: [title]) == .classedTitle)
        #expect(miss(text, content: content, covered: 4) == .partlyFound)
        #expect(miss(text, content: content) == .partialQuote)
        let spoken = "Marsh said: “We will rebuild every bridge in the city by May.”"
        #expect(miss(spoken, content: "“We will rebuild every bridge in the city by May.”") == .notExtracted)
        #expect(miss("Marsh said: “duped”", content: "“duped”") == .notExtracted)
    }

    /// The cause of extracting `quote` from `text`, whose gold attributions are `attributions`.
    func falseAlarm(_ text: String, quote: String, attributions: [GoldAttribution] = []) -> ErrorCause {
        ErrorCauseRules.falseAlarm(SystemQuote(span: BridgeCorpus.span(quote, in: text)), attributions: attributions,
                                   text: ScalarText(text))
    }

    @Test func namesTheCauseOfAFalseAlarm() {
        let text = "Marsh said the plan was “ready to go, as promised” on Friday."
        #expect(falseAlarm(text, quote: "“ready to go, as promised”",
                           attributions: [gold("the plan was “ready", source: "Marsh", in: text)]) == .boundary)
        #expect(falseAlarm("Marsh answered (and then “the crowd roared”) before leaving.", quote: "“the crowd roared”") == .parenthetical)
        #expect(falseAlarm("MARSH: “(Crosstalk.)”", quote: "“(Crosstalk.)”") == .parenthetical)
        #expect(falseAlarm("The band played “A Change Is Gonna Come” twice.", quote: "“A Change Is Gonna Come”") == .titleLike)
        #expect(falseAlarm("We watched “State of the Union.”", quote: "“State of the Union.”") == .titleLike)
        #expect(falseAlarm("Fans shouted “we want more of this show” all night.", quote: "“we want more of this show”") == .unannotated)
    }
}
