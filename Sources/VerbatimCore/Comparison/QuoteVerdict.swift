/// How one occurrence of a quotation's words relates to the occurrence it is judged against.
public enum QuoteVerdict: String, Hashable, Sendable, CaseIterable {
    /// The earliest occurrence: the others are judged against it.
    case original
    /// The same words, once quote marks, apostrophes, case, spacing and closing punctuation
    /// are set aside.
    case verbatim
    /// The same words spelled differently ("recognise") or punctuated differently inside.
    case variant
    /// Words inserted, deleted or replaced inside the quotation.
    case altered
    /// Words cut from the start or end, the rest unchanged.
    case trimmed
    /// Words added at the start or end (merged with the next sentence), the rest unchanged.
    case extended
    /// The words appear as narration, outside quote marks.
    case unquoted
    /// The words are given to a different person.
    case misattributed
    /// The article has no occurrence (side-by-side comparisons only).
    case missing

    /// The verdict on the wording alone of `other` against `reference`.
    static func wording(of other: WordSequence, against reference: WordSequence, diff: [WordDiff.Alignment]) -> QuoteVerdict {
        let changes = diff.filter { $0.operation != .equal }
        guard !changes.isEmpty else {
            let sameForms = reference.forms.elementsEqual(other.forms)
            let samePunctuation = reference.innerPunctuation.elementsEqual(other.innerPunctuation)
            return sameForms && samePunctuation ? .verbatim : .variant
        }
        let atEnds = changes.allSatisfy { $0 == diff.first! || $0 == diff.last! }
        guard atEnds, diff.contains(where: { $0.operation == .equal }) else { return .altered }
        if changes.allSatisfy({ $0.operation == .delete }) { return .trimmed }
        if changes.allSatisfy({ $0.operation == .insert }) { return .extended }
        return .altered
    }
}

/// The words of one occurrence, as compared.
struct WordSequence {
    var forms: ArraySlice<String>
    var keys: ArraySlice<Int>
    /// The punctuation between the words, without what follows the last one.
    var innerPunctuation: ArraySlice<String>

    init(_ text: ComparedText, _ range: Range<Int>) {
        forms = text.forms[range]
        keys = text.keys[range]
        innerPunctuation = range.isEmpty ? [] : text.punctuation[range.lowerBound..<(range.upperBound - 1)]
    }
}
