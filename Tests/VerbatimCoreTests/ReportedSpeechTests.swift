import Testing
import VerbatimCore

/// Short quotes inside a sentence of reported speech are someone's words (partial quotes);
/// short quotes in a sentence that reports nobody, or that modify the word after them, stay
/// scare quotes.
@Suite struct ReportedSpeechTests {
    func quotes(_ text: String) -> [Quote] { ExtractionPipeline.standard.extract(text).quotes }

    @Test(arguments: [
        "Senator Ann Brill called the mayor a \u{201C}serial fibber\u{201D} on Tuesday.",
        "Governor Alan Pierce is describing as \u{201C}reckless\u{201D} a budget the council passed.",
        "Mayor Ruth Dalby went to the radio overnight to accuse the council of being \u{201C}asleep\u{201D} at the wheel.",
        "Councilwoman Ana Ferreira denounced the plan as \u{201C}a giveaway\u{201D} and promised to vote against it.",
    ])
    func takesAShortQuoteAfterAReportingVerbForSpeech(text: String) {
        let found = quotes(text)
        #expect(found.map(\.kind) == [.partial])
        #expect(found.first?.speaker != nil)
    }

    @Test func recognisesVerbsOfCallingAndTheirDoubledConsonants() {
        for verb in ["likened", "derided", "hailed", "nicknamed", "coined", "compared", "blamed", "referred",
                     "referring", "dubbed", "admitted", "slammed", "begged"] {
            #expect(ReportingVerbs.contains(verb), "\(verb)")
        }
        let found = quotes("Senator Tomas Reyes likened the budget to \u{201C}a shell game\u{201D} on Friday.")
        #expect(found.map(\.kind) == [.partial])
        #expect(found.first?.speaker == "Tomas Reyes")
    }

    @Test func givesEveryQuoteOfAReportedListToTheSpeaker() {
        let text = "Senator Ann Brill called the mayor a \"serial fibber\" who is \"utterly lost,\" a \"bully\" and \"unfit.\""
        let found = quotes(text)
        #expect(found.map(\.kind) == [.partial, .partial, .partial, .partial])
        #expect(found.allSatisfy { $0.speaker == "Ann Brill" })
    }

    @Test func keepsAQuoteThatModifiesTheNextWordAScareQuote() {
        let text = "Senator Ann Brill called the plan a \u{201C}giveaway\u{201D} and the \u{201C}sham\u{201D} hearings a farce."
        #expect(quotes(text).map(\.kind) == [.partial, .scare])
    }

    @Test func keepsAShortQuoteInASentenceThatReportsNobodyAScareQuote() {
        let text = "The county opened a \u{201C}listening office\u{201D} downtown last spring."
        #expect(quotes(text).map(\.kind) == [.scare])
    }

    @Test(arguments: ["\u{201C}...\u{201D}", "\u{201C}?!\u{201D}", "\u{201C}\u{2014}\u{201D}"])
    func keepsAQuoteWithoutWordsOutOfReportedSpeech(quote: String) {
        let found = quotes("Senator Ann Brill said \(quote) and left the room.")
        #expect(!found.contains { $0.kind.isSpeech })
    }

    @Test func doesNotTakeTheStateOfATitleForAReportingVerb() {
        let text = "Former Secretary of State Ann Brill finished in a \u{201C}virtual tie\u{201D} with the mayor."
        #expect(quotes(text).map(\.kind) == [.scare])
    }

    @Test func takesAShortQuoteEndingInACommaBeforeItsClauseForSpeech() {
        let found = quotes("Skipping the hearing \u{201C}made me stronger,\u{201D} Mayor Ruth Dalby said last week.")
        #expect(found.map(\.kind) == [.partial])
        #expect(found.first?.speaker == "Ruth Dalby")
    }

    @Test(arguments: [
        "\u{201C}We are not done yet,\u{201D} Mayor Ruth Dalby said on \u{201C}Harbor Evening News.\u{201D}",
        "\u{201C}We are not done yet,\u{201D} Mayor Ruth Dalby wrote in her autobiography, \u{201C}Counting Every Vote,\u{201D} last year.",
    ])
    func keepsAProgrammeOrBookAfterItsAnnouncingWordATitle(text: String) {
        #expect(quotes(text).map(\.kind) == [.direct, .title])
    }

    @Test func keepsATitleAfterItsAuthorOrHost() {
        let found = quotes("\u{201C}The rules no longer apply,\u{201D} said Ruth Dalby, the author of \u{201C}Counting Every Vote,\u{201D} a history of recounts.")
        #expect(found.map(\.kind) == [.direct, .title])
    }
}
