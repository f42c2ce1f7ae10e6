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
