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

    /// Words with the given information, none of them a name, indexed from 0.
    init(information: [Float]) {
        marks = ArraySlice(repeatElement(WordMarks(), count: information.count))
        values = .byWord(ArraySlice(information))
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
