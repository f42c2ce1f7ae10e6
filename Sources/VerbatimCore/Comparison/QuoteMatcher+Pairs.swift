/// Two-word runs, which find short quotes with a word or two replaced: "principles of world
/// peace and security" shares no three-word run but "peace and security" with "principles of
/// international peace and security", and three two-word runs.
extension QuoteMatcher {
    /// Quotes shorter than this, in words, are also matched by their two-word runs.
    static let shortQuoteLimit = 12
    /// Two-word runs found in more distinct quotes than this are common phrases and are not followed.
    static let commonPair = 200
    /// Two-word runs a short quote must share with another before they are aligned.
    static let neededPairs = 2

    /// Words too common to find a quote by, two in a row: "of the", "it was".
    static let stopWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from",
        "as", "that", "this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been", "being",
        "have", "has", "had", "do", "does", "did", "will", "would", "can", "could", "should", "not", "no", "so",
        "i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them", "my", "our", "your", "his",
        "their", "there", "what", "which", "who", "all", "just", "about", "up", "out", "than", "then",
    ]

    /// The keys of the stop words, as `ComparedText` makes them.
    static let stopKeys = Set(stopWords.map { SpellingVariants.canonical($0).hashValue })

    /// The hashes of the two-word runs of `keys` that are not two stop words, in order.
    static func pairs(of keys: ArraySlice<Int>) -> [Int] {
        guard keys.count >= 2 else { return [] }
        return (keys.startIndex..<(keys.endIndex - 1)).compactMap { (index: Int) -> Int? in
            let first: Int = keys[index], second: Int = keys[index + 1]
            guard !stopKeys.contains(first) || !stopKeys.contains(second) else { return nil }
            return first &* 0x1E37_79B9_7F4A_7C15 ^ second
        }
    }

    /// Adds the two-word runs of a new distinct wording to `pairIndex`, each run's list
    /// growing no longer than needed to tell that it is common.
    mutating func indexPairs(of keys: ArraySlice<Int>, distinct: Int) {
        for pair in Set(Self.pairs(of: keys)) where pairIndex[pair, default: []].count <= Self.commonPair {
            pairIndex[pair, default: []].append(Int32(distinct))
        }
    }

    /// The distinct wordings (other than `exclude`) sharing `neededPairs` uncommon two-word
    /// runs with the words `keys`.
    func sharingPairs(_ keys: ArraySlice<Int>, excluding exclude: Int?) -> [Int32] {
        var counts: [Int32: Int] = [:]
        for pair in Set(Self.pairs(of: keys)) {
            guard let posting = pairIndex[pair], posting.count <= Self.commonPair else { continue }
            for distinct in posting where Int(distinct) != exclude { counts[distinct, default: 0] += 1 }
        }
        return counts.compactMap { $0.value >= Self.neededPairs ? $0.key : nil }
    }
}
