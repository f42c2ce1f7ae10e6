/// Comparing a corpus in parts: each part is a set of articles with no link to the rest (no
/// wording in common, no match, no narration carrying another's wording: `wordingsMatch`,
/// `carriedWordings`), and gives the verdicts the whole would give when its matcher sets aside
/// the keys common in the whole corpus too.
extension QuoteMatcher {
    /// The keys held by too many distinct wordings of a whole corpus to be followed: shingles
    /// of more than `commonShingle` wordings and two-word runs of more than `commonPair`.
    public struct CommonKeys: Hashable, Sendable {
        public var shingles: Set<Int64>
        public var pairs: Set<Int64>
        /// Shingles held by more than `commonNarrationShingle` wordings (and at most
        /// `commonShingle`), which narration does not follow.
        public var narrationShingles: Set<Int64>

        public init(shingles: Set<Int64> = [], pairs: Set<Int64> = [], narrationShingles: Set<Int64> = []) {
            self.shingles = shingles
            self.pairs = pairs
            self.narrationShingles = narrationShingles
        }
    }

    /// Wordings holding a shingle before it is common.
    public static var mostWordingsOfShingle: Int { commonShingle }
    /// Wordings holding a two-word run before it is common.
    public static var mostWordingsOfPair: Int { commonPair }
    /// Wordings holding a shingle before narration does not follow it.
    public static var mostWordingsOfNarrationShingle: Int { commonNarrationShingle }

    /// Sets aside the shingles and two-word runs of this matcher's wordings that are common in
    /// the corpus the articles come from, as they would be were the whole corpus compared;
    /// narration sets aside the shingles common for it too.
    public mutating func droppingCommon(_ common: CommonKeys) {
        guard !common.shingles.isEmpty || !common.pairs.isEmpty || !common.narrationShingles.isEmpty else { return }
        for distinct in distinctNodes.indices {
            let keys = Array(words(ofDistinct: distinct).keys)
            let hashes = ComparisonKeys.hashes(of: keys[...])
            if keys.count >= Self.shingleLength {
                for position in 0...(keys.count - Self.shingleLength) {
                    let stable = ComparisonKeys.shingle(hashes, at: position)
                    if common.shingles.contains(stable) { shingleIndex[Self.shingle(keys, at: position)] = nil }
                    if common.narrationShingles.contains(stable) { commonInNarration.insert(Self.shingle(keys, at: position)) }
                }
            }
            for position in Self.pairPositions(keys[...]) where common.pairs.contains(ComparisonKeys.pair(hashes, at: position)) {
                pairIndex[Self.pair(keys[...], at: position)] = nil
            }
        }
    }
}
