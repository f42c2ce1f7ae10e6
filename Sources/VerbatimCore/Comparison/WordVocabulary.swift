/// What is known of the word forms of texts compared together: each form's key and how much
/// it tells (`WordInformation`), looked up once per form, and that information by the form's
/// number (`TextNumbers.forms`), which is how words are read.
final class WordVocabulary {
    /// What is known of a word form: its key and how much it tells.
    struct FormInfo {
        var key: Int32
        var information: Float
    }

    private var byForm: [String: FormInfo] = [:]
    /// The information of each form number recorded; 0 for numbers of forms not recorded.
    private(set) var informationByNumber: [Float] = []

    /// What is known of `form`, worked out on first sight.
    func info(of form: String) -> FormInfo {
        if let known = byForm[form] { return known }
        let info = FormInfo(key: ComparedText.key(of: form), information: WordInformation.of(form))
        byForm[form] = info
        return info
    }

    /// Records the information of the forms with `numbers`, `information[i]` for `numbers[i]`.
    func record(_ information: [Float], of numbers: [Int32]) {
        guard let largest = numbers.max() else { return }
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
/// read from its form's entry, halved for a name.
struct WordInformationView: RandomAccessCollection {
    private let forms: ArraySlice<Int32>
    private let marks: ArraySlice<WordMarks>
    private let byForm: [Float]

    init(forms: ArraySlice<Int32>, marks: ArraySlice<WordMarks>, byForm: [Float]) {
        self.forms = forms
        self.marks = marks
        self.byForm = byForm
    }

    /// The words of `parts` one after the other, indexed from 0.
    init(joining parts: [WordInformationView]) {
        forms = ArraySlice(parts.flatMap(\.forms))
        marks = ArraySlice(parts.flatMap(\.marks))
        byForm = parts.first?.byForm ?? []
    }

    var startIndex: Int { forms.startIndex }
    var endIndex: Int { forms.endIndex }

    subscript(index: Int) -> Float {
        let information = byForm[Int(forms[index])]
        return marks[index].contains(.name) ? information / 2 : information
    }
}
