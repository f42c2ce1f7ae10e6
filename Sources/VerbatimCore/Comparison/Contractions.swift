/// Contractions and their full forms ("we've" and "we have", "don't" and "do not"), which
/// two transcripts of one utterance write either way: a difference of spelling, not of words.
enum Contractions {
    /// Whether the word forms `one` and `other` (lowercase, ' for an apostrophe) say the same
    /// words once contractions are read in full on either side.
    static func sameWords(_ one: ArraySlice<String>, _ other: ArraySlice<String>) -> Bool {
        guard let first = one.first else { return other.isEmpty }
        guard let second = other.first else { return false }
        if first == second { return sameWords(one.dropFirst(), other.dropFirst()) }
        for full in fullForms(of: first) where other.starts(with: full) {
            if sameWords(one.dropFirst(), other.dropFirst(full.count)) { return true }
        }
        for full in fullForms(of: second) where one.starts(with: full) {
            if sameWords(one.dropFirst(full.count), other.dropFirst()) { return true }
        }
        return false
    }

    /// The ways to read a contraction in full: "we'd" as "we would" or "we had"; none for
    /// another word.
    static func fullForms(of form: String) -> [[String]] {
        if let whole = wholeWords[form] { return whole }
        for (ending, readings) in endings where form.hasSuffix(ending) && form.count > ending.count {
            let stem = String(form.dropLast(ending.count))
            return readings.map { [stem, $0] }
        }
        return []
    }

    /// Contractions whose stem changes or that no ending rule covers.
    private static let wholeWords: [String: [[String]]] = [
        "won't": [["will", "not"]], "can't": [["can", "not"], ["cannot"]], "shan't": [["shall", "not"]],
        "cannot": [["can", "not"]], "let's": [["let", "us"]],
    ]

    /// Contracted endings and what each may stand for.
    private static let endings: [(String, [String])] = [
        ("n't", ["not"]), ("'ve", ["have"]), ("'re", ["are"]), ("'ll", ["will", "shall"]), ("'m", ["am"]),
        ("'d", ["would", "had"]), ("'s", ["is", "has"]),
    ]
}
