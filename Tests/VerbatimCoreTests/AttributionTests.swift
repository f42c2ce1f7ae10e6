import Testing
import VerbatimCore

/// Who said it: reporting clauses before and after, labels, pronouns and follow-on quotes.
@Suite struct AttributionTests {
    func speakers(_ text: String) -> [String?] {
        ExtractionPipeline.standard.extract(text).quotes.filter(\.kind.isSpeech).map(\.speaker)
    }

    @Test(arguments: [
        "“We will rebuild the bridge next year,” said Mayor Elena Marsh.",
        "“We will rebuild the bridge next year,” Elena Marsh said.",
        "“We will rebuild the bridge next year,” Elena Marsh, the city's mayor, said.",
        "“We will rebuild the bridge next year,” the mayor, Elena Marsh, said.",
        "Elena Marsh told reporters: “We will rebuild the bridge next year.”",
        "Elena Marsh insisted that the city “will rebuild the bridge next year.”",
        "According to Elena Marsh, “the city will rebuild the bridge next year.”",
        "ELENA MARSH: “We will rebuild the bridge next year.”",
        "The ad closes with footage of Elena Marsh saying, “We will rebuild the bridge next year.”",
        "At a town hall in Salem, Oregon, Elena Marsh faced the council, saying “we will rebuild the bridge next year.”",
    ])
    func findsTheSpeakerInEveryClauseShape(text: String) {
        #expect(speakers(text) == ["Elena Marsh"])
    }

    /// An accent written as its own scalar stays in its word, so the whole name is read.
    @Test func readsANameWithAnAccentWrittenApart() {
        #expect(speakers("“Bonjour à tous,” said Jose\u{301} Álvarez.") == ["Jose\u{301} Álvarez"])
        #expect(speakers("“Bonjour à tous,” said A\u{301}lvarez.") == ["A\u{301}lvarez"])
    }

    @Test func restsOnTheSpeakerWhoSaysNotThePronounSaidOf() {
        let text = "Elena Marsh said she recalled thinking, “This is what people have talked about.”"
        let mention = ExtractionPipeline.standard.extract(text).quotes.first?.speakerMention
        #expect(mention.map(ScalarText(text).string) == "Elena Marsh")
    }

    @Test func leavesAClauseThatOpensWithAConjunctionToItself() {
        let text = "Elena Marsh said the footage did not give “absolute evidence of a crime,” but Tom Reyes said the review would go on."
        #expect(speakers(text) == ["Elena Marsh"])
    }

    @Test func takesTheSpeakerOfATranscriptTurnFromItsLabel() {
        let text = """
        Governor Mike Pence spoke to Chris Wallace on Sunday.

        "WALLACE: Will the mayor be there tomorrow night?

        "PENCE: She will not be attending the debate tomorrow night.
        """
        #expect(speakers(text) == ["Chris Wallace", "Mike Pence"])
    }

    @Test func resolvesPronounsToTheLastPersonNamed() {
        let text = """
        Mayor Elena Marsh spoke first. “The bridge must close soon,” she said.

        Ana Ferreira, who runs a bakery, was worried about her shop.

        “The morning trade goes with it,” she said.
        """
        #expect(speakers(text) == ["Elena Marsh", "Ana Ferreira"])
    }

    @Test func resolvesPronounsByTheGenderTheTextShows() {
        let text = """
        Ana Ferreira met Tomas Reyes on Monday. Mr. Reyes spoke first.

        “The bridge must close before the winter storms,” she said.
        """
        #expect(speakers(text) == ["Ana Ferreira"])
    }

    @Test func givesAFollowOnQuoteToThePreviousSpeaker() {
        let text = """
        “The piers are failing faster than expected,” said Tomas Reyes.

        “Nobody on the commission has seen the plan in writing.”
        """
        #expect(speakers(text) == ["Tomas Reyes", "Tomas Reyes"])
    }

    @Test func givesTheSecondHalfOfASplitQuoteToTheSameSpeaker() {
        #expect(speakers("“It is the right call,” said Dr. Grace Okafor. “Piers of that age do not fail slowly.”")
            == ["Grace Okafor", "Grace Okafor"])
    }

    @Test func namesASurnameByTheFullNameGivenEarlier() {
        let text = "Secretary of State Antony Blinken spoke on Thursday.\n\n“This is a land grab in plain sight,” Blinken said."
        let extraction = ExtractionPipeline.standard.extract(text)
        #expect(extraction.quotes.map(\.speaker) == ["Antony Blinken"])
        #expect(extraction.speakers.first?.roles == ["Secretary of State"])
    }

    @Test func recordsTheAppositiveAsARole() {
        let text = "“Taxes will rise for most families next year,” Ryan Ellis, a Republican tax consultant, said."
        let extraction = ExtractionPipeline.standard.extract(text)
        #expect(extraction.speakers.map(\.name) == ["Ryan Ellis"])
        #expect(extraction.speakers.first?.roles == ["Republican tax consultant"])
    }

    @Test func takesALoneSurnameForTheLastFullNameBeforeIt() {
        let text = """
        Michelle Obama spoke first on Monday.

        Later, President Barack Obama took the stage. “We will not stop here,” Obama said.
        """
        #expect(speakers(text) == ["Barack Obama"])
    }

    @Test func linksADefiniteDescriptionToThePersonNamedWithThatRole() {
        let text = """
        Sen. Bernie Sanders and Vice President Joe Biden spoke in Ohio on Friday.
        “The younger people are sick and tired of discrimination,” the Vermont senator said.
        “We will carry Ohio in November,” the president said.
        """
        #expect(speakers(text) == ["Bernie Sanders", nil])
        let governors = """
        Former Florida Gov. Jeb Bush and Gov. Chris Christie spoke in Iowa.
        “We need a steady hand,” the former Florida governor said.
        “Experience matters,” the governor said.
        """
        // Two governors: "Florida" picks Bush; plain "the governor" is the last one named.
        #expect(speakers(governors) == ["Jeb Bush", "Chris Christie"])
        let vice = """
        President Barack Obama and Vice President Joe Biden spoke in Ohio.
        “We will carry Ohio in November,” the vice president said.
        """
        #expect(speakers(vice) == ["Joe Biden"])
    }

    @Test func doesNotTakeAFormerHolderOfARoleForTheDescriptionOfItsHolder() {
        let text = """
        President Barack Obama met former President Bill Clinton in Ohio.
        “We will carry Ohio in November,” the president said.
        “We carried it twice,” the former president said.
        """
        #expect(speakers(text) == ["Barack Obama", "Bill Clinton"])
        let alone = """
        Former President Bill Clinton spoke in Ohio.
        “We will carry Ohio in November,” the president said.
        """
        #expect(speakers(alone) == [nil])
    }

    @Test func namesNobodyForADescriptionTwoPeopleDescribedAlikeFit() {
        let text = """
        Sen. Ted Cruz spoke in Texas. Sen. Bernie Sanders spoke in Ohio.
        “We need a steady hand,” the Vermont senator said.

        Sen. Bernie Sanders spoke again.
        “Experience matters,” the Vermont senator said.
        """
        // Cruz and Sanders are both "Sen.": "Vermont" tells nothing between them.
        #expect(speakers(text) == [nil, nil])
        let alone = """
        Sen. Bernie Sanders spoke in Ohio. Sen. Bernie Sanders spoke again.
        “We need a steady hand,” the Vermont senator said.
        """
        #expect(speakers(alone) == ["Bernie Sanders"])
    }

    @Test func keepsScareQuotesAndTitlesOutOfSpeech() {
        let text = "Critics booed the “sham” vote on the show “Morning Harbor Live” yesterday."
        #expect(ExtractionPipeline.standard.extract(text).quotes.map(\.kind) == [.scare, .title])
    }

    @Test func recognisesReportingVerbsInEveryInflection() {
        for verb in ["say", "says", "said", "saying", "tweeted", "posts", "argued", "insisting", "warned", "reiterates", "accused", "wrote"] {
            #expect(ReportingVerbs.contains(verb), "\(verb)")
        }
        #expect(!ReportingVerbs.contains("bridge"))
    }
}
