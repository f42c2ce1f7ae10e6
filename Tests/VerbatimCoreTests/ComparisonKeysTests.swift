import Testing
@testable import VerbatimCore

/// The keys by which quotes are found in other articles, as numbers the same in every process.
@Suite struct ComparisonKeysTests {
    static func keys(_ text: String) -> ComparisonKeys {
        ComparisonKeys(text: text, quotes: ExtractionPipeline.standard.extract(text).quotes)
    }

    /// A word's number is FNV-1a of its folded form, not the number the process gave it: these
    /// values are worked out by hand (Python) and must never change, or keys written by one
    /// version would not meet another's.
    @Test func numbersWordsByTheirFoldedFormsWhateverTheProcess() {
        let text = ComparedText(ScalarText("bridge recognise Calderón"), quotes: [])
        #expect(ComparisonKeys.hashes(of: text.keys[...]) == [-7_143_775_295_176_309_872, -8_783_688_087_013_084_677, 3_589_821_851_602_472_499])
    }

    @Test func givesEachWordingOnceWithItsShinglesAndPairs() throws {
        let keys = Self.keys("""
            “We will recognise the harbor workers before the winter,” said Elena Marsh. “We will recognize \
            the harbor workers before the winter,” she said again. “Not now,” she added. The council met on Monday.
            """)
        // The two spellings are one wording; a quote under four words is none.
        let wording = try #require(keys.wordings.first)
        #expect(keys.wordings.count == 1)
        #expect(wording.words == 9 && wording.shingles.count == 7 && wording.matchesByPairs)
        // "before the" has a stop word and a word that is not: a run kept; "the winter" too.
        #expect(wording.pairs.count == Set(wording.pairs).count && wording.pairs.count < 8)
        // Narration: "said Elena Marsh", "The council met" …, never a quote's words.
        #expect(!keys.narration.isEmpty && Set(keys.narration).isDisjoint(with: wording.shingles))
    }

    @Test func equalTextsGiveEqualKeysAndOthersOthers() {
        let story = "“The piers are failing faster than anyone expected, and we cannot wait for the next survey,” said Mayor Elena Marsh."
        #expect(Self.keys(story) == Self.keys(story))
        #expect(Self.keys(story).wordings[0].key != Self.keys(story.replacingOccurrences(of: "faster", with: "slower")).wordings[0].key)
        #expect(!Self.keys(story).wordings[0].matchesByPairs)
    }

    /// Narration's shingles come one per place, so that a phrase said twice counts twice, as
    /// the matcher counts hits; a wording says how many hits narration needs.
    @Test func givesNarrationShinglesByPlaceAndTheHitsAWordingNeeds() {
        let keys = Self.keys("The crowd chanted zorblat quinex vardo, zorblat quinex vardo. “We will rebuild the old harbor bridge,” said Tomas Reyes.")
        // "zorblat quinex vardo" twice; "quinex vardo zorblat" and the rest once.
        #expect(keys.narration.count == Set(keys.narration).count + 1 && keys.narration[3] == keys.narration[6])
        #expect(keys.wordings.map(\.narrationHits) == [QuoteMatcher.neededHits(7)])
        #expect(QuoteMatcher.neededHits(4) == 2 && QuoteMatcher.neededHits(40) == 3)
    }
}

