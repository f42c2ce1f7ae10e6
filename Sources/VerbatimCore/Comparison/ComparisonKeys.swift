/// The keys by which `QuoteMatcher` finds an article's quotes in other articles, as numbers
/// that are the same in every process: each speech quote's wording (its words' folded keys),
/// the wording's three-word shingles and two-word runs, and the shingles of the article's
/// narration. Every link the matcher makes between two articles goes through keys they share,
/// so candidate links can be found by joining keys, then checked (`QuoteMatcher.wordingsMatch`,
/// `carriedWordings`), and a corpus cut where there is none into parts compared apart
/// (`QuoteMatcher.droppingCommon`). The matcher's own keys are numbers handed out by the
/// process, so these are 64-bit hashes of the words' folded texts instead.
public struct ComparisonKeys: Hashable, Sendable {
    /// A distinct wording of the article's quotes long enough to match (`QuoteMatcher.shortestQuote`).
    public struct Wording: Hashable, Sendable {
        /// The wording: equal wordings are equal keys.
        public var key: Int64
        /// Its length in words.
        public var words: Int
        /// Its distinct three-word shingles.
        public var shingles: [Int64]
        /// Its distinct two-word runs that are not two stop words.
        public var pairs: [Int64]
        /// Its words' folded forms, which the matcher compares.
        public var folded: [String]
        /// How much each word tells (`WordInformation`, halved for a name), as the matcher weighs it.
        public var information: [Float]

        public init(key: Int64, words: Int, shingles: [Int64], pairs: [Int64], folded: [String], information: [Float]) {
            self.key = key
            self.words = words
            self.shingles = shingles
            self.pairs = pairs
            self.folded = folded
            self.information = information
        }

        /// The places in narration its shingles must hit before narration is aligned with it
        /// (`QuoteMatcher.neededHits`).
        public var narrationHits: Int { QuoteMatcher.neededHits(words) }

        /// Whether the wording looks for others by its two-word runs (`QuoteMatcher.sharingPairs`).
        public var matchesByPairs: Bool { (QuoteMatcher.shortestPairMatch..<QuoteMatcher.shortQuoteLimit).contains(words) }
    }

    /// The article's distinct wordings, in text order of their first quote.
    public var wordings: [Wording] = []
    /// The shingles of the article's narration (words outside speech quotes), one per place,
    /// in text order: narration carries a wording only where enough of its shingles lie
    /// (`Wording.narrationHits`), and one shingle repeated may be them all.
    public var narration: [Int64] = []

    /// The keys of an article with `text` and `quotes` (its speech quotes are used, as the
    /// matcher uses them).
    public init(text: String, quotes: [Quote]) {
        let spans = quotes.filter(\.kind.isSpeech).map(\.span).sorted { $0.start < $1.start }
        let compared = ComparedText(ScalarText(text), quotes: spans)
        let folded = TextNumbers.keys.texts(of: compared.keys)
        let hashes = Self.hashes(of: folded)
        var seen = Set<Int64>()
        for range in compared.quoteRanges where range.count >= QuoteMatcher.shortestQuote {
            let key = Self.wordingKey(hashes[range])
            guard seen.insert(key).inserted else { continue }
            let positions = QuoteMatcher.pairPositions(compared.keys[range])
            wordings.append(Wording(key: key, words: range.count,
                                    shingles: Self.distinct(Self.shingles(of: hashes[range])),
                                    pairs: Self.distinct(positions.map { Self.pair(hashes, at: $0) }),
                                    folded: Array(folded[range]), information: Array(WordSequence(compared, range).information)))
        }
        compared.visitNarrationShingles { position in narration.append(Self.shingle(hashes, at: position)) }
    }

    // MARK: Stable numbers

    /// Each word's stable number: FNV-1a (64 bits) of its folded key's UTF-8.
    static func hashes(of keys: ArraySlice<Int32>) -> [Int64] { hashes(of: TextNumbers.keys.texts(of: keys)) }

    /// The stable numbers of words by their folded forms.
    static func hashes(of folded: [String]) -> [Int64] {
        var byText: [String: Int64] = [:]
        return folded.map { text in
            if let known = byText[text] { return known }
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            byText[text] = Int64(bitPattern: hash)
            return Int64(bitPattern: hash)
        }
    }

    /// The stable number of the shingle at `index`, mixed as `QuoteMatcher.shingle` mixes keys.
    static func shingle<Hashes: RandomAccessCollection<Int64>>(_ hashes: Hashes, at index: Int) -> Int64 where Hashes.Index == Int {
        let first = hashes[index] &* 0x2545_F491_4F6C_DD1D
        let second = (first ^ hashes[index + 1]) &* 0x1E37_79B9_7F4A_7C15
        return (second ^ hashes[index + 2]) &* 0x1B87_3593_A5F1_C2E3
    }

    /// The stable numbers of the shingles of `hashes`, in order.
    static func shingles(of hashes: ArraySlice<Int64>) -> [Int64] {
        guard hashes.count >= QuoteMatcher.shingleLength else { return [] }
        return (hashes.startIndex...(hashes.endIndex - QuoteMatcher.shingleLength)).map { shingle(hashes, at: $0) }
    }

    /// The stable number of the two-word run at `index`.
    static func pair(_ hashes: [Int64], at index: Int) -> Int64 {
        ((hashes[index] &* 0x5851_F42D_4C95_7F2D) ^ hashes[index + 1]) &* 0x1405_7B7E_F767_814F
    }

    /// The stable number of a wording: its words' numbers mixed in order, with its length.
    static func wordingKey(_ hashes: ArraySlice<Int64>) -> Int64 {
        hashes.reduce(Int64(hashes.count) &* 0x2127_599B_F432_5C37) { ($0 ^ $1) &* 0x1B87_3593_A5F1_C2E3 &+ 0x52DC_E729 }
    }

    private static func distinct(_ numbers: [Int64]) -> [Int64] {
        var seen = Set<Int64>()
        return numbers.filter { seen.insert($0).inserted }
    }
}
