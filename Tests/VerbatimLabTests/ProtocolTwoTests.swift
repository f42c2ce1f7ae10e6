import Testing
import VerbatimCore
@testable import VerbatimLab

/// Each rule of protocol 2 (shared/docs/quote-evaluation.md), on texts written here.
@Suite struct ProtocolTwoTests {
    /// The text of each stretch `offsets` holds.
    func strings(_ offsets: OffsetSet, of text: String) -> [String] {
        offsets.spans.map { ScalarText(text).string($0) }
    }

    func gold(_ content: [String], source: String?, in text: String) -> GoldAttribution {
        GoldAttribution(content: OffsetSet(content.map { BridgeCorpus.span($0, in: text) }),
                        source: OffsetSet(source.map { [BridgeCorpus.span($0, in: text)] } ?? []), sourceText: source ?? "")
    }

    @Test func marksStretchesParagraphByParagraph() {
        let text = """
        He said “one two” and "three" then ''four'' end
        “Unclosed at the start marks the paragraph
        Unclosed “here marks nothing
        “Outer "inner" still outer” and "first “closing" wins”
        """
        #expect(strings(QuoteMarkedStretches.offsets(in: ScalarText(text)), of: text) == [
            "“one two”", "\"three\"", "''four''",
            "“Unclosed at the start marks the paragraph",
            "“Outer \"inner\" still outer”", "\"first “closing\"",
        ])
    }

    @Test func takesContentsMostlyInsideStretchesAsDirectQuotes() throws {
        let text = "“We will rebuild the bridge,” Marsh said. Reyes said the ferry would run “daily” from May."
        let annotations = try BratAnnotations(parsing: [
            // The Content leaves out its opening mark.
            BridgeCorpus.entity(1, "Content", "We will rebuild the bridge,”", in: text),
            BridgeCorpus.entity(2, "Source", "Marsh", in: text),
            "E1\tContent:T1 Source:T2",
            // The Content is split in two fragments.
            "T3\tContent 0 8;16 29\t…", "E2\tContent:T3 Source:T2",
            BridgeCorpus.entity(4, "Content", "the ferry would run “daily” from May", in: text),
            BridgeCorpus.entity(5, "Source", "Reyes", in: text),
            "E3\tContent:T4 Source:T5",
        ].joined(separator: "\n"), file: "t.ann")
        let (direct, other) = GoldAttribution.split(annotations, text: ScalarText(text))
        #expect(direct.map(\.sourceText) == ["Marsh", "Marsh"])
        #expect(direct[1].content.count == 21)
        #expect(other.map(\.sourceText) == ["Reyes"])
    }

    @Test func readsOnlyTheUnnumberedRolesOfAnEvent() throws {
        let annotations = try BratAnnotations(parsing: "T1\tContent 0 3\tabc\nT2\tContent 4 7\tdef\nE1\tAttribution:T9 Content:T1 Content2:T2",
                                              file: "t.ann")
        #expect(annotations.attributions.map(\.content) == [[TextSpan(0, 3)]])
    }

    @Test func creditsQuotesInsideOtherAttributionsForPrecisionOnly() {
        let text = "Reyes said the ferry would run “every twenty minutes” from May.\n“We will rebuild,” said Marsh."
        var evaluation = QuoteEvaluation()
        func quote(_ part: String, _ speaker: String, _ kind: QuoteKind = .direct) -> SystemQuote {
            SystemQuote(span: BridgeCorpus.span(part, in: text), speaker: speaker, kind: kind)
        }
        evaluation.add(article: "ferry", text: ScalarText(text),
                       gold: [gold(["“We will rebuild,”"], source: "Marsh", in: text)],
                       other: [gold(["the ferry would run “every twenty minutes” from May"], source: "Reyes", in: text)],
                       system: [quote("“every twenty minutes”", "Reyes"), quote("“We will rebuild,”", "Tomas Reyes"),
                                quote("said Marsh", "Marsh"), quote("ferry", "Reyes", .scare)])
        #expect((evaluation.goldQuotes, evaluation.systemQuotes, evaluation.correctQuotes) == (1, 3, 2))
        #expect((evaluation.foundGold, evaluation.rightlyAttributed, evaluation.foundGoldEndToEnd) == (1, 1, 0))
        #expect(evaluation.errors.map(\.kind) == [.wrongSpeaker, .falseAlarm])
    }

    @Test func findsAGoldQuoteOnlyByTheQuotesMatchedToItCountedOnce() {
        let text = "“alpha beta gamma delta” “epsilon zeta”"
        let first = gold(["“alpha beta gamma delta”"], source: nil, in: text)
        let second = gold(["“epsilon zeta”"], source: nil, in: text)
        var evaluation = QuoteEvaluation()
        // Matched to the first quote, it covers most of the second without finding it; the two
        // copies of "“alpha beta" cover a third of the first quote, counted once.
        let spanning = TextSpan(0, BridgeCorpus.span("zeta", in: text).start)
        let opening = BridgeCorpus.span("“alpha beta", in: text)
        evaluation.add(article: "greek", text: ScalarText(text), gold: [first, second], other: [],
                       system: [SystemQuote(span: opening), SystemQuote(span: opening)])
        #expect(evaluation.foundGold == 0)
        evaluation.add(article: "greek", text: ScalarText(text), gold: [first, second], other: [],
                       system: [SystemQuote(span: spanning)])
        #expect(evaluation.foundGold == 1)
        #expect(evaluation.errors.filter { $0.kind == .miss }.map(\.quote) == ["“alpha beta gamma delta”", "“epsilon zeta”", "“epsilon zeta”"])
    }

    @Test func creditsAnAttributionByMentionByNameOrBySurname() {
        let text = "said Secretary of State Antony Blinken"
        let blinken = gold(["said"], source: "Secretary of State Antony Blinken", in: text)
        func isRight(_ quote: SystemQuote, _ gold: GoldAttribution = blinken) -> Bool {
            QuoteEvaluation.isRightlyAttributed(quote, gold)
        }
        #expect(isRight(SystemQuote(span: TextSpan(0, 4), speakerMention: TextSpan(30, 37))))
        #expect(!isRight(SystemQuote(span: TextSpan(0, 4), speakerMention: TextSpan(0, 4))))
        #expect(isRight(SystemQuote(span: TextSpan(0, 4), speaker: "secretary of state ANTONY BLINKEN")))
        #expect(isRight(SystemQuote(span: TextSpan(0, 4), speaker: "Blinken")))
        #expect(!isRight(SystemQuote(span: TextSpan(0, 4), speaker: "Ned Price")))
        let description = GoldAttribution(content: blinken.content, source: OffsetSet(), sourceText: "the former secretary of state")
        #expect(!isRight(SystemQuote(span: TextSpan(0, 4), speaker: "Hillary Clinton"), description))
    }

    @Test func findsTheSurnameOfANameAndNoneOfADescription() {
        #expect(Surname.of("Rep. Jim Clyburn (D-S.C.), the assistant leader") == "clyburn")
        #expect(Surname.of("Martin Luther King Jr.") == "king")
        #expect(Surname.of("Mr. Trump’s") == "trump")
        #expect(Surname.of("Donald Trump") == Surname.of("Trump"))
        #expect(Surname.of("the former secretary of state") == nil)
        #expect(Surname.of("she") == nil)
    }
}
