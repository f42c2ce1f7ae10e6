/// Contractions and their full forms ("we've" and "we have", "don't" and "do not"), which
/// two transcripts of one utterance write either way: a difference of spelling, not of words.
enum Contractions {
    /// Whether the word forms `one` and `other` (lowercase, ' for an apostrophe) say the same
    /// words once contractions are read in full on either side.
    /// Each pair of places is tried once, without recursion, however long the runs.
    static func sameWords(_ one: ArraySlice<String>, _ other: ArraySlice<String>) -> Bool {
        var pending = [(one.startIndex, other.startIndex)]
        var tried = Set<Int>()
        while let (i, j) = pending.popLast() {
            if i == one.endIndex && j == other.endIndex { return true }
            guard i < one.endIndex, j < other.endIndex, tried.insert((i - one.startIndex) * (other.count + 1) + j - other.startIndex).inserted else {
                continue
            }
            if one[i] == other[j] {
                pending.append((i + 1, j + 1))
                continue
            }
            for full in fullForms(of: one[i]) where other[j...].starts(with: full) { pending.append((i + 1, j + full.count)) }
            for full in fullForms(of: other[j]) where one[i...].starts(with: full) { pending.append((i + full.count, j + 1)) }
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
