/// Two-word runs, which find short quotes with a word or two replaced: "principles of world
/// peace and security" shares no three-word run but "peace and security" with "principles of
/// international peace and security", and three two-word runs.
extension QuoteMatcher {
    /// Quotes shorter than this, in words, are also matched by their two-word runs.
    static let shortQuoteLimit = 12
    /// Quotes shorter than this are too common to match by two-word runs.
    static let shortestPairMatch = 6
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
        "it's", "i'm", "don't", "we're", "that's", "i'll", "we'll", "you're", "they're", "can't", "won't",
    ]

    /// The keys of the stop words, as `ComparedText` makes them.
    static let stopKeys = Set(stopWords.map { ComparedText.key(of: $0) })

    /// The two-word runs of `keys` that are not two stop words, in order, each as its two
    /// keys in one number.
    static func pairs(of keys: ArraySlice<Int32>) -> [Int] { pairPositions(keys).map { pair(keys, at: $0) } }

    /// The two-word run of `keys` at `index` as one number.
    static func pair(_ keys: ArraySlice<Int32>, at index: Int) -> Int { Int(keys[index]) << 32 | Int(UInt32(bitPattern: keys[index + 1])) }

    /// The positions of the two-word runs of `keys` that are not two stop words.
    static func pairPositions(_ keys: ArraySlice<Int32>) -> [Int] {
        guard keys.count >= 2 else { return [] }
        return (keys.startIndex..<(keys.endIndex - 1)).filter { !stopKeys.contains(keys[$0]) || !stopKeys.contains(keys[$0 + 1]) }
    }

    /// Adds the two-word runs of a new distinct wording to `pairIndex`, each run's list
    /// growing no longer than needed to tell that it is common.
    mutating func indexPairs(of keys: ArraySlice<Int32>, distinct: Int) {
        for pair in Set(Self.pairs(of: keys)) where pairIndex[pair, default: []].count <= Self.commonPair {
            pairIndex[pair, default: []].append(Int32(distinct))
        }
    }

    /// The distinct wordings (other than `exclude`) sharing `neededPairs` uncommon two-word
    /// runs with the words `keys`.
    func sharingPairs(_ keys: ArraySlice<Int32>, excluding exclude: Int?) -> [Int32] {
        guard keys.count >= Self.shortestPairMatch else { return [] }
        var counts: [Int32: Int] = [:]
        for pair in Set(Self.pairs(of: keys)) {
            guard let posting = pairIndex[pair], posting.count <= Self.commonPair else { continue }
            for distinct in posting where Int(distinct) != exclude { counts[distinct, default: 0] += 1 }
        }
        return counts.compactMap { $0.value >= Self.neededPairs ? $0.key : nil }
    }

    /// How far the short quote `keys`, found by its two-word runs, is the same quotation as
    /// `other`, from 0 to 1 (the share of both quotes' words shared), or nil when it is not.
    /// The shorter of the two shares all but one or two of its words in runs of two or more,
    /// three of them not stop words (two when the quotes differ only by words swapped one
    /// for one), and they lie close together in the longer one, so a phrase two quotes share
    /// ("in our history", "let you down") is not taken for a quotation. Words replaced are still judged by `matchScore`'s thresholds, but one word
    /// replaced inside the shorter ("principles of world peace and security") leaves it
    /// nearly whole in the longer.
    static func shortMatchScore(_ words: WordSequence, _ otherWords: WordSequence) -> Double? {
        let keys = words.keys, other = otherWords.keys
        let alignment = WordDiff.align(keys, other)
        let runs = alignment.filter { $0.operation == .equal && $0.from.count >= 2 }
        guard let first = runs.first, let last = runs.last else { return nil }
        let keysShorter = keys.count <= other.count
        let shorter = min(keys.count, other.count)
        let shared = runs.reduce(0) { $0 + $1.from.count }
        let stretch = keysShorter ? last.to.upperBound - first.to.lowerBound : last.from.upperBound - first.from.lowerBound
        let contentWords = runs.reduce(0) { count, run in
            count + run.from.filter { !stopKeys.contains(keys[keys.startIndex + $0]) }.count
        }
        // Words swapped one for one in a quote of the same length are an alteration, seldom a chance likeness.
        let swapsWords = keys.count == other.count && alignment.allSatisfy { $0.from.count == $0.to.count }
        guard shorter >= shortestPairMatch, shared >= shorter - 2, stretch <= shorter + 2,
              contentWords >= (swapsWords ? 2 : 3) else { return nil }
        let shorterRuns = runs.map { keysShorter ? $0.from : $0.to }
        let keepsEnds = shorterRuns.first?.lowerBound == 0 && shorterRuns.last?.upperBound == shorter
        // All but one inner word of the shorter, in order in a stretch of the longer, is
        // evidence of its own: then everyday words ("principles of world peace and security")
        // need only tell `leastEvidence`.
        let oneInnerWordReplaced = shared == shorter - 1 && keepsEnds
        guard sharesEvidence(alignment, words, otherWords, minimum: oneInnerWordReplaced ? leastEvidence : minimumEvidence) else {
            return nil
        }
        let dice = 2 * Double(shared) / Double(keys.count + other.count)
        let contained = Double(shared) >= 0.9 * Double(shorter) || oneInnerWordReplaced
        return contained || dice >= 0.5 ? dice : nil
    }
}
