import Testing
import VerbatimCore

/// Quoted words that are nobody's speech: titles of works and programmes, stage directions
/// of transcripts and the outlet's house lines.
@Suite struct QuoteKindTests {
    func quotes(_ text: String) -> [Quote] { ExtractionPipeline.standard.extract(text).quotes }

    @Test(arguments: [
        "In her 2009 memoir, \u{201C}Counting Every Vote in Ohio,\u{201D} Ms. Harmon wrote about the recount.",
        "The band closed with the old hymn ''Bring Them Home Before Winter,'' and the hall fell quiet.",
        "\u{201C}We will win this county,\u{201D} Mayor Ruth Dalby said on NBC\u{2019}s \u{201C}Meet the Voters.\u{201D}",
    ])
    func keepsATitleAfterAWordThatAnnouncesItAsTitle(text: String) {
        let kinds = quotes(text).map(\.kind)
        #expect(kinds.last == .title)
    }

    @Test func keepsATitleCaseQuoteAfterAReportingVerbAsSpeech() {
        let found = quotes("Governor Alan Pierce said, \u{201C}We Will Build It Anyway.\u{201D}")
        #expect(found.map(\.kind) == [.direct])
    }

    @Test func dropsStageDirectionsOfATranscript() {
        let text = """
        "HOLT: Your answer, Senator?

        "(CROSSTALK.)

        "[APPLAUSE]

        "MARSH: I stand by every word of it.
        """
        let texts = quotes(text).map(\.text)
        #expect(!texts.contains { $0.contains("CROSSTALK") || $0.contains("APPLAUSE") })
        #expect(texts.contains { $0.contains("I stand by every word") })
    }

    @Test func keepsBracketedWordsInSpeech() {
        let found = quotes("\u{201C}(We) never voted for that bill,\u{201D} Senator Ann Brill said.")
        #expect(found.map(\.kind) == [.direct])
    }

    @Test(arguments: [
        "\u{201C}Follow Dana Reyes on Twitter @danareyes.\u{201D}",
        "\u{201C}Sign up for our morning newsletter here.\u{201D}",
    ])
    func dropsHouseLines(text: String) {
        #expect(quotes("The debate ended at ten.\n\n" + text).isEmpty)
    }

    @Test func keepsAnImperativeQuoteThatIsSpeech() {
        let found = quotes("\u{201C}Follow the money and you will find the donors,\u{201D} Senator Ann Brill said.")
        #expect(found.map(\.kind) == [.direct])
    }
}
