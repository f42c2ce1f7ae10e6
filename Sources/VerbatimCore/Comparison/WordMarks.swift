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
