/// The links the matcher makes between articles, found without a matcher over the whole
/// corpus: two wordings that match, and narration carrying a wording. Articles linked so (or
/// quoting one wording) are the parts a corpus can be compared in (`droppingCommon`): every
/// verdict rests on links, while keys (`ComparisonKeys`) link far more articles than match.
extension QuoteMatcher {
    /// Whether the matcher would link two wordings: they match as quotes do (`matchScore`),
    /// or as a short quote found by its two-word runs (`shortMatchScore`), either way round.
    public static func wordingsMatch(_ first: ComparisonKeys.Wording, _ second: ComparisonKeys.Wording) -> Bool {
        let one = sequence(first), other = sequence(second)
        if matchScore(one, other) != nil || matchScore(other, one) != nil { return true }
        return [(one, other), (other, one)].contains { query, candidate in
            (shortestPairMatch..<shortQuoteLimit).contains(query.keys.count) && shortMatchScore(query, candidate) != nil
        }
    }

    /// A wording's words as the matcher reads them.
    static func sequence(_ wording: ComparisonKeys.Wording) -> WordSequence {
        WordSequence(keys: TextNumbers.keys.numbers(of: wording.folded), information: wording.information)
    }

    /// The keys of the `candidates` that narration of `article` carries, as the matcher finds
    /// such narration (`unquotedNodes`): a cluster of hits of the shingles of the wording
    /// that `followed` lists (stable numbers: those held by at most
    /// `mostWordingsOfNarrationShingle` wordings of the corpus), aligned with the wording; never
    /// a wording the article quotes.
    public static func carriedWordings(in article: ExtractedArticle, candidates: [(wording: ComparisonKeys.Wording, followed: Set<Int64>)]) -> [Int64] {
        var session = Session()
        session.add(article)
        let matcher = QuoteMatcher(session)
        let text = matcher.texts[0]
        let hashes = ComparisonKeys.hashes(of: text.keys[...])
        let quoted = Set(text.quoteRanges.filter { $0.count >= shortestQuote }.map { Array(text.keys[$0]) })
        var positions: [Int64: [Int]] = [:]
        text.visitNarrationShingles { positions[ComparisonKeys.shingle(hashes, at: $0), default: []].append($0) }
        return candidates.compactMap { candidate in
            let words = sequence(candidate.wording)
            guard !quoted.contains(Array(words.keys)) else { return nil }
            let hits = candidate.followed.flatMap { positions[$0] ?? [] }.sorted()
            let carried = clusters(hits, gap: words.keys.count).contains { cluster in
                cluster.count >= neededHits(words.keys.count) && matcher.narration(carrying: words, in: 0, hits: cluster) != nil
            }
            return carried ? candidate.wording.key : nil
        }
    }
}
