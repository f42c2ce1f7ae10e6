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

    @Test func findsCanonicallyEquivalentSpellingsAsSetDoes() {
        let words = ["café", "naïve", "K", "ångström", "a\u{0}b", "", "’s", "—"]
        let set = WordSet(words)
        for other in ["cafe\u{301}", "nai\u{308}ve", "\u{212A}", "\u{212B}ngstro\u{308}m", "a\u{0}b", "", "a", "cafe", "’s", "'s", "—", "\u{2015}"] {
            #expect(set.contains(other) == Set(words).contains(other), "\(other.unicodeScalars.map(\.value))")
        }
    }

    @Test func unionAndSubtractionKeepOrderAndUniqueness() {
        let set: WordSet = ["of", "for", "the", "de"]
        #expect(Array(set.union(["de", "van"])) == ["of", "for", "the", "de", "van"])
        #expect(Array(set.subtracting(["of", "the"])) == ["for", "de"])
    }
}
