/// "Did you mean …?": the closest known name to a mistyped one.
public enum Suggestion {
    /// The hint for a mistyped `word`: "did you mean PREFIX+closest?", or nil when nothing is close.
    public static func hint(for word: String, among candidates: [String], prefix: String = "") -> String? {
        closest(to: word, among: candidates).map { "did you mean \(prefix)\($0)?" }
    }

    /// The candidate within a small edit distance of `word`, if any.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(word, $0)) }.filter { $0.1 <= max(2, word.count / 3) }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// Levenshtein distance over characters.
    static func distance(_ first: String, _ second: String) -> Int {
        let a = Array(first)
        let b = Array(second)
        guard !a.isEmpty else { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previousDiagonal = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let saved = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previousDiagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
                previousDiagonal = saved
            }
        }
        return row[b.count]
    }
}
