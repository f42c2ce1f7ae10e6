import Testing
import VerbatimCore

/// The lexicons' word set answers as `Set<String>` does.
@Suite struct WordSetTests {
    @Test func containsExactlyItsWords() {
        let words = ReportingVerbs.forms.map { $0 }
        let set = WordSet(words + ["said"])
        #expect(set.count == Set(words).count)
        #expect(words.allSatisfy(set.contains))
        for other in ["", "Said", "sai", "saidx", "zebra", "’s", "é", String(repeating: "a", count: 300)] {
            #expect(set.contains(other) == Set(words).contains(other), "\(other)")
        }
        #expect(!WordSet([]).contains("a"))
    }

    @Test func unionAndSubtractionKeepOrderAndUniqueness() {
        let set: WordSet = ["of", "for", "the", "de"]
        #expect(Array(set.union(["de", "van"])) == ["of", "for", "the", "de", "van"])
        #expect(Array(set.subtracting(["of", "the"])) == ["for", "de"])
    }
}
