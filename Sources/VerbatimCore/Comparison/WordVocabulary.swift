/// What is known of the word forms of texts compared together: each form's key and how much
/// it tells (`WordInformation`), looked up once per form, and, for the many texts of a matcher,
/// that information by the form's number (`TextNumbers.forms`), which is how their words are
/// read. A text compared on its own keeps its words' information instead: a table by number
/// would be as long as the numbers the whole process has handed out.
final class WordVocabulary {
    /// What is known of a word form: its key and how much it tells.
    struct FormInfo {
        var key: Int32
        var information: Float
    }

    private var byForm: [String: FormInfo] = [:]
    /// The information of each form number recorded; 0 for numbers of forms not recorded.
    private(set) var informationByNumber: [Float] = []
    /// Whether `informationByNumber` is kept (texts of a matcher) or each text keeps its words'.
    let keepsTable: Bool

    init(keepsTable: Bool) {
        self.keepsTable = keepsTable
    }

    /// What is known of `form`, worked out on first sight.
    func info(of form: String) -> FormInfo {
        if let known = byForm[form] { return known }
        let info = FormInfo(key: ComparedText.key(of: form), information: WordInformation.of(form))
        byForm[form] = info
        return info
    }

    /// Records the information of the forms with `numbers`, `information[i]` for `numbers[i]`.
    func record(_ information: [Float], of numbers: [Int32]) {
        guard keepsTable, let largest = numbers.max() else { return }
        if Int(largest) >= informationByNumber.count {
            informationByNumber += repeatElement(0, count: Int(largest) + 1 - informationByNumber.count)
        }
        for (number, value) in zip(numbers, information) { informationByNumber[Int(number)] = value }
    }
}

/// What a compared word is, beside its form: inside a speech quote, or a capitalised word
/// inside a sentence (a name or title, which tells half as much, since names and titles
/// recur in stories that quote nobody alike).
struct WordMarks: OptionSet {
    let rawValue: UInt8

    static let inQuote = WordMarks(rawValue: 1)
    static let name = WordMarks(rawValue: 2)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(inQuote: Bool, isName: Bool) {
        rawValue = (inQuote ? 1 : 0) | (isName ? 2 : 0)
    }
}

/// How much each word of a sequence tells about which quotation it is in (`WordInformation`),
/// read from its form's entry in a matcher's table or kept by word, halved for a name.
struct WordInformationView: RandomAccessCollection {
    /// Where the words' information is read: by form number, or word by word (indexed as
    /// `marks` is).
    private enum Values {
        case byForm(forms: ArraySlice<Int32>, table: [Float])
        case byWord(ArraySlice<Float>)
    }

    private let values: Values
    private let marks: ArraySlice<WordMarks>

    /// The words `range` of `text`.
    init(_ text: ComparedText, _ range: Range<Int>) {
        marks = text.marks[range]
        values = text.vocabulary.keepsTable ? .byForm(forms: text.forms[range], table: text.vocabulary.informationByNumber)
            : .byWord(text.wordInformation[range])
    }

    /// The words of `parts` one after the other, indexed from 0.
    init(joining parts: [WordInformationView]) {
        marks = ArraySlice(parts.flatMap(\.marks))
        values = .byWord(ArraySlice(parts.flatMap { part in part.indices.map(part.unhalved) }))
    }

    var startIndex: Int { marks.startIndex }
    var endIndex: Int { marks.endIndex }

    subscript(index: Int) -> Float {
        let information = unhalved(index)
        return marks[index].contains(.name) ? information / 2 : information
    }

    /// The information of the word's form, before a name's is halved.
    private func unhalved(_ index: Int) -> Float {
        switch values {
        case let .byForm(forms, table): table[Int(forms[index])]
        case let .byWord(information): information[index]
        }
    }
}
