import VerbatimCore

/// A quotation copied into another article with a known change, for measuring how well
/// `QuoteMatcher` judges it.
struct PlantedQuote {
    /// The change made, which is also the verdict expected.
    enum Change: String, CaseIterable {
        case verbatim, variant, altered, trimmed, extended, unquoted, misattributed
    }

    /// A quote the benchmark may copy: a direct quotation by a named person.
    struct Source {
        /// The quotation without its marks and closing punctuation.
        var words: String
        var speaker: String
    }

    var change: Change
    /// The article it was planted in, and where its paragraph lies there.
    var article: Int
    var paragraph: TextSpan
    /// The base text the copied quote came from, and its words.
    var sourceBase: Int
    var sourceWords: String

    /// The paragraph that carries `source` with `change`: `other` names someone else,
    /// `filler` gives words for an extension.
    static func paragraph(_ source: Source, change: Change, other: String, filler: [String]) -> String {
        var words = source.words.split(separator: " ").map(String.init)
        switch change {
        case .verbatim, .misattributed, .unquoted:
            break
        case .variant:
            // A comma where there was none: the same words punctuated differently.
            if let index = words.indices.dropFirst(2).first(where: { words[$0].last?.isLetter == true }) { words[index] += "," }
        case .altered:
            words[words.count / 3] = "zebras"
            words[2 * words.count / 3] = "quantum"
        case .trimmed:
            words.removeFirst((words.count + 2) / 3)
        case .extended:
            if words[words.count - 1].last?.isLetter == true { words[words.count - 1] += "." }
            words += filler
        }
        let quoted = words.joined(separator: " ")
        switch change {
        case .unquoted: return "\(source.speaker) said that \(quoted)."
        case .misattributed: return "“\(quoted),” said \(other)."
        default: return "“\(quoted),” said \(source.speaker)."
        }
    }
}
