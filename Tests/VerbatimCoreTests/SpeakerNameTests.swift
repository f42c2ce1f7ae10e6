import Testing
import VerbatimCore

/// Speaker entities are names: a sentence-initial preposition, adverb, imperative, quantifier or
/// contraction is no part of one, a description is not a name, and a role is a noun phrase.
@Suite struct SpeakerNameTests {
    func entities(_ text: String) -> [String] {
        ExtractionPipeline.standard.extract(text).speakers.map(\.name)
    }

    func roles(_ text: String) -> [String] {
        ExtractionPipeline.standard.extract(text).speakers.flatMap(\.roles)
    }

    @Test(arguments: [
        ("Besides Marsh, nobody spoke for the plan. “The bridge can wait,” Marsh said.", ["Marsh"]),
        ("Like Marsh, Reyes has doubts. “The bridge can wait,” he said.", []),
        ("With Elena Marsh on the council, the vote was close. “The bridge can wait,” she said.", []),
    ])
    func leavesAPrepositionOutOfTheName(text: String, expected: [String]) {
        #expect(entities(text) == expected)
    }

    @Test(arguments: [
        ("Even Tomas Reyes agreed. “It will be rebuilt next year,” he said.", ["Tomas Reyes"]),
        ("Maybe Reyes was right. “It will be rebuilt next year,” Reyes said.", ["Reyes"]),
    ])
    func leavesAnAdverbOutOfTheName(text: String, expected: [String]) {
        #expect(entities(text) == expected)
    }

    @Test(arguments: [
        ("(See Okafor’s full report on the piers.) “The bridge can wait,” Okafor said.", ["Okafor"]),
        ("See Grace Okafor’s full report on the piers. “The bridge can wait,” she said.", []),
    ])
    func leavesAnImperativeOutOfTheName(text: String, expected: [String]) {
        #expect(entities(text) == expected)
    }

    @Test(arguments: [
        ("Here’s Marsh on the bridge: “It will be rebuilt next year.”", ["Marsh"]),
        ("Here’s Elena Marsh, speaking on Monday. “It will be rebuilt next year,” she said.", []),
    ])
    func leavesAContractionOutOfTheName(text: String, expected: [String]) {
        #expect(entities(text) == expected)
    }

    @Test func leavesAConjunctionOutOfTheName() {
        #expect(entities("Because Tomas Reyes voted no, the plan failed. “It will be rebuilt next year,” he said.") == [])
    }

    @Test(arguments: [
        "Likewise said the plan was “a waste of money.”",
        "The council met. Another tweeted, “The bridge can wait.”",
    ])
    func takesNoLoneAdverbOrQuantifierForAName(text: String) {
        #expect(entities(text) == [])
    }

    @Test func readsAContractedPronounAsThePronoun() {
        let text = "Elena Marsh spoke on Monday.\n\nShe’s saying the bridge is “a danger to everyone who crosses it.”"
        #expect(ExtractionPipeline.standard.extract(text).quotes.map(\.speaker) == ["Elena Marsh"])
    }

    @Test(arguments: [
        "“The piers are sound,” The rationale these engineers give reads.",
        "“They are failing,” The city engineer said.",
        "The piers are sound, the report says. The city engineer disagreed: “They are failing.”",
    ])
    func takesNoDescriptionForAName(text: String) {
        #expect(entities(text) == [])
    }

    @Test(arguments: [
        "“We will rebuild the bridge,” Elena Marsh, however, said.",
        "“We will rebuild the bridge,” said Elena Marsh, clearly frustrated.",
        "“We will rebuild the bridge,” Elena Marsh, clearly frustrated, said.",
    ])
    func takesNoAdverbOrAdjectivePhraseForARole(text: String) {
        #expect(entities(text) == ["Elena Marsh"])
        #expect(roles(text) == [])
    }

    @Test func keepsANounPhraseRole() {
        #expect(roles("“We will rebuild the bridge,” said Elena Marsh, the city’s mayor.") == ["city’s mayor"])
    }
}

/// People named with and without a middle name across articles, as one.
@Suite struct MiddleNameTests {
    @Test func joinsNamesThatDifferByAMiddleNameOnly() {
        func person(_ name: String, _ quotes: Int) -> Speaker { Speaker(name: name, quoteCount: quotes) }
        let merged = SpeakerDirectory.merging([
            person("Donald Trump", 5), person("Donald J. Trump", 2), person("Hillary Clinton", 4),
            person("Hillary Rodham Clinton", 1), person("Bill Clinton", 3), person("George W. Bush", 2),
            person("George H. W. Bush", 1), person("George Bush", 1), person("Felipe Calderón", 1), person("Felipe Calderon", 1),
        ])
        let byName = Dictionary(uniqueKeysWithValues: merged.map { ($0.name, $0) })
        #expect(byName["Donald Trump"]?.quoteCount == 7 && byName["Donald Trump"]?.aliases.contains("Donald J. Trump") == true)
        #expect(byName["Hillary Clinton"]?.quoteCount == 5 && byName["Bill Clinton"]?.quoteCount == 3)
        // Two different middles: father and son stay apart, and the plain name joins neither.
        #expect(byName["George W. Bush"] != nil && byName["George H. W. Bush"] != nil && byName["George Bush"] != nil)
        #expect(merged.filter { $0.name.hasPrefix("Felipe") }.count == 1)
        #expect(byName["Donald J. Trump"] == nil && byName["Hillary Rodham Clinton"] == nil)
    }
}
