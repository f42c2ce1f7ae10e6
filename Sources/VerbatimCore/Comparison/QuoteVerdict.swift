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
    /// Words cut from the start or end, the rest unchanged (also when the quote runs on past
    /// the reference's end after cutting its start, or the other way round).
    case trimmed
    /// Words added at the start or end (merged with the next sentence), the rest unchanged.
    case extended
    /// The words appear as narration, outside quote marks.
    case unquoted
    /// The words are given to a different person.
    case misattributed
    /// Words that may be the quotation's, matched on too little evidence (below the matcher's
    /// `minimumConfidence`) to judge how they were changed; or changed words in a story that
    /// reports nothing else of the reference's occasion, or words inside a quotation that one
    /// of the two quotes.
    case possible
    /// The same quotation again in the same article (a headline and its story, a quote
    /// repeated): shown beside the article's first occurrence, never judged as a source's version.
    case `repeat`
    /// The article has no occurrence (side-by-side comparisons only).
    case missing

    /// Whether the verdict says a source changed the words or their speaker: altered,
    /// trimmed, extended, unquoted or misattributed.
    public var isAccusatory: Bool { [.altered, .trimmed, .extended, .unquoted, .misattributed].contains(self) }

    /// The verdict on the wording alone of `other` against `reference`.
    /// A contraction written in full on one side ("we've", "we have") is a variant.
    static func wording(of other: WordSequence, against reference: WordSequence, diff: [WordDiff.Alignment]) -> QuoteVerdict {
        let changes = diff.filter { run in
            run.operation != .equal && !Contractions.sameWords(reference.forms(run.from), other.forms(run.to))
        }
        guard !changes.isEmpty else {
            let sameForms = reference.formNumbers.elementsEqual(other.formNumbers)
            let samePunctuation = reference.innerPunctuation.elementsEqual(other.innerPunctuation)
            return sameForms && samePunctuation ? .verbatim : .variant
        }
        let atEnds = changes.allSatisfy { $0 == diff.first! || $0 == diff.last! }
        guard atEnds, diff.contains(where: { $0.operation == .equal }) else { return .altered }
        if changes.allSatisfy({ $0.operation == .insert }) { return .extended }
        // Cut at one end, and cut or run on at the other: another stretch of the same words.
        if changes.allSatisfy({ $0.operation != .replace }) { return .trimmed }
        return .altered
    }
}

/// The words of one occurrence, as compared.
struct WordSequence {
    /// The words' forms, by number (`TextNumbers.forms`).
    var formNumbers: ArraySlice<Int32>
    var keys: ArraySlice<Int32>
    /// How much each word tells about which quotation it is in.
    var information: WordInformationView
    /// The punctuation between the words, without what follows the last one.
    var innerPunctuation: ArraySlice<Int32>

    /// The words of `parts` one after the other, as one passage.
    init(joining parts: [WordSequence]) {
        formNumbers = ArraySlice(parts.flatMap(\.formNumbers))
        keys = ArraySlice(parts.flatMap(\.keys))
        information = WordInformationView(joining: parts.map(\.information))
        // What stood between the parts (the reporting clause's punctuation) is not known: none.
        innerPunctuation = ArraySlice(parts.enumerated().flatMap { index, part in
            index + 1 < parts.count ? Array(part.innerPunctuation) + [0] : Array(part.innerPunctuation)
        })
    }

    /// The words' forms, those at offsets `range` from the first (all by default).
    func forms(_ range: Range<Int>? = nil) -> ArraySlice<String> {
        ArraySlice(TextNumbers.forms.texts(of: range.map { formNumbers.relative($0) } ?? formNumbers))
    }

    /// Words known by their keys and information alone (a wording read from `ComparisonKeys`),
    /// enough to match them (`QuoteMatcher.matchScore`), not to show them.
    init(keys: [Int32], information: [Float]) {
        formNumbers = []
        self.keys = ArraySlice(keys)
        self.information = WordInformationView(information: information)
        innerPunctuation = []
    }

    init(_ text: ComparedText, _ range: Range<Int>) {
        formNumbers = text.forms[range]
        keys = text.keys[range]
        information = WordInformationView(text, range)
        innerPunctuation = range.isEmpty ? [] : text.punctuation[range.lowerBound..<(range.upperBound - 1)]
    }
}

extension ArraySlice {
    /// The elements at offsets `range` from the slice's start.
    func relative(_ range: Range<Int>) -> ArraySlice<Element> {
        self[(startIndex + range.lowerBound)..<(startIndex + range.upperBound)]
    }
}
