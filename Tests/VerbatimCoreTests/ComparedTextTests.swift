import Testing
@testable import VerbatimCore

/// The compact word records compare works on: keys numbered by folded form, information read
/// through the form's number, word marks of one byte, equal diff runs held once.
@Suite struct ComparedTextTests {
    func compared(_ text: String, quotes: [TextSpan] = []) -> ComparedText {
        ComparedText(ScalarText(text), quotes: quotes)
    }

    @Test func spellingsOfOneWordShareAKeyAndOtherWordsDoNot() {
        let text = compared("They recognise it. We recognize it. Calderón and Calderon met.")
        let keys = text.keys
        #expect(keys[1] == keys[4])
        #expect(keys[6] == keys[8])
        #expect(Set(keys).count == 7)
    }

    @Test func aNameInsideASentenceTellsHalfWhatTheSameWordTellsOpeningOne() {
        let text = compared("Marsh spoke. Then Marsh left.")
        let words = WordSequence(text, 0..<text.keys.count)
        #expect(words.information[0] == 2 * words.information[3])
        #expect(words.information[0] == WordInformation.of("marsh"))
        #expect(text.marks[3].contains(.name) && !text.marks[0].contains(.name))
    }

    @Test func joinedPassagesKeepEachWordsInformation() {
        let text = compared("Piers fail. Then Marsh left quickly.")
        let first = WordSequence(text, 0..<2), second = WordSequence(text, 2..<6)
        let joined = WordSequence(joining: [first, second])
        #expect(Array(joined.information) == Array(first.information) + Array(second.information))
        #expect(joined.information.startIndex == 0)
    }

    /// A text compared on its own keeps its words' information rather than a table as long as
    /// the form numbers the process has handed out, which made each comparison slower the
    /// more words the process had seen.
    @Test func aTextOnItsOwnKeepsNoTableByFormNumber() {
        _ = TextNumbers.forms.numbers(of: (0..<50_000).map { "unseen\($0)" })
        let text = compared("Brand new words: zorblax quintessential.")
        #expect(text.vocabulary.informationByNumber.isEmpty)
        #expect(text.wordInformation.count == text.keys.count)
        #expect(WordSequence(text, 0..<text.keys.count).information[3] == WordInformation.rare)
    }

    @Test func marksTheWordsInsideQuotes() {
        let sentence = "He said “piers are failing” today."
        let text = compared(sentence, quotes: [TextSpan(8, 27)])
        #expect(text.marks.map { $0.contains(.inQuote) } == [false, false, true, true, true, false])
    }

    @Test func shinglesOfSmallKeyNumbersDoNotCollide() {
        var seen = Set<Int>()
        for first in Int32(0)..<40 {
            for second in Int32(0)..<40 {
                for third in Int32(0)..<40 { seen.insert(QuoteMatcher.shingle([first, second, third], at: 0)) }
            }
        }
        #expect(seen.count == 40 * 40 * 40)
    }

    @Test func anEqualRunHoldsItsWordsOnceAndReadsAsBefore() {
        let reference = QuoteOccurrence(comparing: "the piers are failing faster than expected",
                                        against: "the piers are failing faster than anyone expected")
        let runs = reference.diff?.runs ?? []
        #expect(runs.map(\.operation) == [.equal, .delete, .equal])
        #expect(runs.allSatisfy { $0.operation != .equal || $0.from == $0.to })
        #expect(reference.diff?.markedText == "the piers are failing faster than [-anyone-] expected")
        let spelled = QuoteOccurrence(comparing: "we recognise the piers", against: "we recognize the piers")
        #expect(spelled.diff?.runs.map(\.operation) == [.equal, .replace, .equal])
        #expect(spelled.diff?.markedText == "we [-recognize-]{+recognise+} the piers")
    }
}
