/// Comparing a corpus in parts: each part is a set of articles that share no key
/// (`ComparisonKeys`) with the rest once the corpus's common keys are set aside, and gives the
/// verdicts the whole would give when its matcher sets those keys aside too.
extension QuoteMatcher {
    /// The keys held by too many distinct wordings of a whole corpus to be followed: shingles
    /// of more than `commonShingle` wordings and two-word runs of more than `commonPair`.
    public struct CommonKeys: Hashable, Sendable {
        public var shingles: Set<Int64>
        public var pairs: Set<Int64>

        public init(shingles: Set<Int64> = [], pairs: Set<Int64> = []) {
            self.shingles = shingles
            self.pairs = pairs
        }
    }

    /// Wordings holding a shingle before it is common.
    public static var mostWordingsOfShingle: Int { commonShingle }
    /// Wordings holding a two-word run before it is common.
    public static var mostWordingsOfPair: Int { commonPair }
    /// Wordings holding a shingle before narration does not follow it.
    public static var mostWordingsOfNarrationShingle: Int { commonNarrationShingle }

    /// Sets aside the shingles and two-word runs of this matcher's wordings that are common in
    /// the corpus the articles come from, as they would be were the whole corpus compared.
    /// Shingles less common than that are held by wordings all of one part, so they are
    /// counted here as they are there, also for narration (`commonNarrationShingle`).
    public mutating func droppingCommon(_ common: CommonKeys) {
        guard !common.shingles.isEmpty || !common.pairs.isEmpty else { return }
        for distinct in distinctNodes.indices {
            let keys = Array(words(ofDistinct: distinct).keys)
            let hashes = ComparisonKeys.hashes(of: keys[...])
            if keys.count >= Self.shingleLength {
                for position in 0...(keys.count - Self.shingleLength)
                where common.shingles.contains(ComparisonKeys.shingle(hashes, at: position)) {
                    shingleIndex[Self.shingle(keys, at: position)] = nil
                }
            }
            for position in Self.pairPositions(keys[...]) where common.pairs.contains(ComparisonKeys.pair(hashes, at: position)) {
                pairIndex[Self.pair(keys[...], at: position)] = nil
            }
        }
    }
}
