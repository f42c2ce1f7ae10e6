/// Finds where the same quotation appears across articles: quoted exactly or with changes,
/// trimmed, merged with the next sentence, or carried as narration without quote marks.
///
/// Every speech quote of at least `shortestQuote` words is indexed by its three-word shingles
/// (spelling-folded, so "recognise" meets "recognize"); identical quotes share one entry. Two
/// quotes match when they share shingles and, aligned word by word, at least half the shorter
/// one's words lie in runs of two or more shared words. A word or two replaced in a short quote
/// leaves no shingle in common, so quotes under `shortQuoteLimit` words also look for quotes
/// sharing two of their two-word runs (pairs of stop words left out, common pairs not
/// followed), judged more strictly (`shortMatchScore`). Narration matches a quote when a run
/// of its shingles hits the quote and the aligned stretch shares enough of the quote's words.
/// Time grows with the number of words, not with the number of pairs of quotes.
public struct QuoteMatcher {
    /// Quotes shorter than this are too common to trace.
    public static let shortestQuote = 4
    /// Words per shingle.
    static let shingleLength = 3
    /// Shingles found in more distinct quotes than this are common phrases and are not followed.
    static let commonShingle = 500

    /// The confidence (`MatchEvidence.confidence`) below which an occurrence is not judged
    /// but shown as `possible`.
    public var minimumConfidence = QuoteMatcher.defaultMinimumConfidence

    /// The `minimumConfidence` of a new matcher, chosen on the project's labelled pairs
    /// (docs/comparison.md) so that accusatory verdicts are right.
    public static let defaultMinimumConfidence = 0.5

    /// A quote, or a stretch of narration, carrying words of a quotation.
    struct Node {
        var article: Int
        /// The quote's index in `quotes[article]`; nil for narration.
        var quote: Int?
        var words: Range<Int>
    }

    let articles: [Article]
    let texts: [ComparedText]
    /// The speech quotes of each article, in text order.
    let quotes: [[Quote]]
    /// Each article's place in time: by date, then by load order.
    let rank: [Int]
    /// The quotes long enough to match, as nodes.
    private(set) var nodes: [Node] = []
    /// For each distinct wording (by keys), the nodes that have it.
    private(set) var distinctNodes: [[Int]] = []
    private(set) var distinctOfNode: [Int] = []
    /// The nodes of each article, in text order.
    private(set) var nodesOfArticle: [Range<Int>] = []
    /// For each shingle, the distinct wordings that have it.
    var shingleIndex: [Int: [Int32]] = [:]
    /// For each two-word run that is not two stop words, the distinct wordings that have it,
    /// up to one more than `commonPair`.
    var pairIndex: [Int: [Int32]] = [:]
    /// Shingles narration does not follow, however few of this matcher's wordings hold them,
    /// since the corpus the articles are part of has more (`droppingCommon`).
    var commonInNarration: Set<Int> = []
    /// The confident matches `sharesAnotherQuotation` has looked up, by article.
    let corroboration = Corroboration()

    /// Each article's quotes matched with confidence in other articles, found when first asked
    /// for (`minimumConfidence` at the time), shared by copies of the matcher.
    final class Corroboration {
        var minimumConfidence = -1.0
        /// By article, then by the other article asked about.
        var byArticle: [Int: [Int: [Int: Set<Int>]]] = [:]
        var matches: [Int: Matches] = [:]
        /// The wordings of each article's quotes.
        var distincts: [Int: Set<Int>] = [:]

        /// An article's wordings and the wordings matching them with confidence.
        struct Matches {
            var pairs: [(own: Int, distinct: Int)] = []
            var byDistinct: [Int: [Int]] = [:]
            var count: Int { pairs.count }
        }
    }

    /// A matcher over the given articles of `session` (all when nil), in that order.
    public init(_ session: Session, articles ids: [String]? = nil) {
        let chosen = ids.map { ids in ids.compactMap { session.article($0) } } ?? session.articles
        articles = chosen
        var quotesByArticle = [String: [Quote]]()
        for quote in session.quotes where quote.kind.isSpeech { quotesByArticle[quote.article, default: []].append(quote) }
        quotes = chosen.map { (quotesByArticle[$0.id] ?? []).sorted { $0.span.start < $1.span.start } }
        let vocabulary = WordVocabulary(keepsTable: true)
        texts = zip(chosen, quotes).map { article, quotes in
            ComparedText(ScalarText(article.text), quotes: quotes.map(\.span), vocabulary: vocabulary)
        }
        let byTime = chosen.indices.sorted { (chosen[$0].date ?? "~", $0) < (chosen[$1].date ?? "~", $1) }
        var rank = [Int](repeating: 0, count: chosen.count)
        for (place, article) in byTime.enumerated() { rank[article] = place }
        self.rank = rank
        indexQuotes()
    }

    private mutating func indexQuotes() {
        var distinctByKeys: [ArraySlice<Int32>: Int] = [:]
        for article in texts.indices {
            let first = nodes.count
            defer { nodesOfArticle.append(first..<nodes.count) }
            for (index, range) in texts[article].quoteRanges.enumerated() where range.count >= Self.shortestQuote {
                let keys = texts[article].keys[range]
                let distinct: Int
                if let known = distinctByKeys[keys] {
                    distinct = known
                } else {
                    distinct = distinctNodes.count
                    distinctByKeys[keys] = distinct
                    distinctNodes.append([])
                    var seen = Set<Int>()
                    for shingle in Self.shingles(of: keys) where seen.insert(shingle).inserted {
                        shingleIndex[shingle, default: []].append(Int32(distinct))
                    }
                    indexPairs(of: keys, distinct: distinct)
                }
                distinctNodes[distinct].append(nodes.count)
                distinctOfNode.append(distinct)
                nodes.append(Node(article: article, quote: index, words: range))
            }
        }
    }

    /// The shingle hashes of a word sequence, in order.
    static func shingles(of keys: ArraySlice<Int32>) -> [Int] {
        guard keys.count >= shingleLength else { return [] }
        return (keys.startIndex...(keys.endIndex - shingleLength)).map { shingle(keys, at: $0) }
    }

    /// The hash of the shingle at `index`: the three keys mixed, each step multiplied by an
    /// odd constant, so that different shingles of small key numbers do not collide.
    static func shingle<Keys: RandomAccessCollection<Int32>>(_ keys: Keys, at index: Keys.Index) -> Int where Keys.Index == Int {
        let first = Int(keys[index]) &* 0x2545_F491_4F6C_DD1D
        let second = (first ^ Int(keys[index + 1])) &* 0x1E37_79B9_7F4A_7C15
        return (second ^ Int(keys[index + 2])) &* 0x1B87_3593_A5F1_C2E3
    }

    /// The words of all the articles.
    public var wordCount: Int { texts.reduce(0) { $0 + $1.keys.count } }

    func words(of node: Node) -> WordSequence { WordSequence(texts[node.article], node.words) }

    func words(ofDistinct distinct: Int) -> WordSequence { words(of: nodes[distinctNodes[distinct][0]]) }

    // MARK: Matching

    /// Words shared in runs of two or more, which scattered common words ("the … of … a") are not.
    static func sharedWords(_ alignment: [WordDiff.Alignment]) -> Int {
        alignment.reduce(0) { $0 + ($1.operation == .equal && $1.from.count >= 2 ? $1.from.count : 0) }
    }

    /// How far two quotes are the same quotation, from 0 to 1, or nil when they are not: one
    /// lies (nearly) whole in the other (trimmed, extended, merged with the next sentence), or
    /// most of the words of both are shared (altered), and the words they share are evidence
    /// (`sharesEvidence`). A catchphrase two quotes share ("make America great again") is
    /// neither. The score is the share of both quotes' words shared.
    static func matchScore(_ first: WordSequence, _ second: WordSequence) -> Double? {
        let alignment = WordDiff.align(first.keys, second.keys)
        let shared = sharedWords(alignment)
        let dice = 2 * Double(shared) / Double(first.keys.count + second.keys.count)
        let contained = Double(shared) >= 0.9 * Double(min(first.keys.count, second.keys.count))
        guard shared >= shortestQuote, contained || dice >= 0.5, sharesEvidence(alignment, first, second) else { return nil }
        return dice
    }

    /// The information (`WordInformation`) of the words of `first` that `alignment` shares
    /// with another text in runs of two or more.
    static func sharedInformation(_ alignment: [WordDiff.Alignment], _ first: WordSequence) -> Float {
        alignment.reduce(0) { total, run in
            guard run.operation == .equal, run.from.count >= 2 else { return total }
            return run.from.reduce(total) { $0 + first.information[first.information.startIndex + $1] }
        }
    }

    /// Whether the words two texts share tell that they are one quotation: at least half of
    /// what the shorter text tells, so a common phrase or a sentence frame ("I don't think
    /// there is", "This is not a") shared by two statements does not make them one; and rare
    /// enough together (`minimum`), or, for a few everyday words, half the words of the
    /// longer text too (a quote trimmed by a third), not an idiom inside a long quote.
    static func sharesEvidence(_ alignment: [WordDiff.Alignment], _ first: WordSequence, _ second: WordSequence,
                               minimum: Float = minimumEvidence) -> Bool {
        let shared = sharedInformation(alignment, first)
        guard shared >= 0.5 * min(first.information.reduce(0, +), second.information.reduce(0, +)) else { return false }
        return shared >= minimum
            || shared >= leastEvidence && 2 * sharedWords(alignment) >= max(first.keys.count, second.keys.count)
    }

    /// The information two quotes must share to be one quotation whatever else they say:
    /// about two rare words, or five or six everyday ones.
    static let minimumEvidence: Float = 6.5

    /// The information two quotes that are mostly the same words must share.
    static let leastEvidence: Float = 4

    /// Whether narration sharing `shared` information with a quote's words carries the quote:
    /// most of what the quote tells, and at least `minimumEvidence`, since stories that quote
    /// nobody alike share names, titles and stock phrases with long quotes ("former Secretary
    /// of State Hillary Clinton", "the next two states").
    static func narrationCarries(_ shared: Float, of quote: WordSequence) -> Bool {
        shared >= narrationEvidence && shared >= narrationShare * quote.information.reduce(0, +)
    }

    /// The least information narration shares with a quote it carries.
    static let narrationEvidence: Float = 6.5
    /// The least share of a quote's information narration carrying it shares.
    static let narrationShare: Float = 0.5

    /// The distinct quotes (other than `exclude`) that match the words `words`, with their
    /// scores. With `onlyAfter`, only wordings after `exclude` are looked at, except that a
    /// short quote also looks at earlier long ones it shares no shingles with, which do not
    /// look for short quotes by their two-word runs.
    func matchingDistinct(_ words: WordSequence, excluding exclude: Int? = nil, onlyAfter: Bool = false) -> [(distinct: Int, score: Double)] {
        let keys = words.keys
        let isShort = keys.count < Self.shortQuoteLimit
        func isAfter(_ distinct: Int32) -> Bool { !onlyAfter || Int(distinct) > exclude ?? -1 }
        var counts: [Int32: Int] = [:]
        let own = Self.shingles(of: keys)
        for shingle in Set(own) {
            guard let posting = shingleIndex[shingle], posting.count <= Self.commonShingle else { continue }
            for distinct in posting where Int(distinct) != exclude && (isShort || isAfter(distinct)) {
                counts[distinct, default: 0] += 1
            }
        }
        let sharingShingles = Set(counts.compactMap { distinct, count in
            count >= min(2, own.count, self.words(ofDistinct: Int(distinct)).keys.count - Self.shingleLength + 1) ? distinct : nil
        })
        var matches = sharingShingles.filter(isAfter).compactMap { distinct in
            Self.matchScore(words, self.words(ofDistinct: Int(distinct))).map { (distinct: Int(distinct), score: $0) }
        }
        if isShort {
            for distinct in sharingPairs(keys, excluding: exclude) where !sharingShingles.contains(distinct)
                && (isAfter(distinct) || self.words(ofDistinct: Int(distinct)).keys.count >= Self.shortQuoteLimit) {
                if let score = Self.shortMatchScore(words, self.words(ofDistinct: Int(distinct))) { matches.append((Int(distinct), score)) }
            }
        }
        return matches.sorted { $0.distinct < $1.distinct }
    }

    /// The words of a quote of `length` words that narration must share to carry it: nearly
    /// all of a short quote, eight of a long one.
    static func neededInNarration(_ length: Int) -> Int { max(shortestQuote, min((9 * length + 9) / 10, 8)) }

    /// The stretch of narration around `hits` (word positions of shared shingles in `article`)
    /// that carries the words `words`, if it shares enough of them (`narrationEvidence`).
    func narration(carrying words: WordSequence, in article: Int, hits: ArraySlice<Int>) -> Node? {
        let keys = words.keys
        let text = texts[article]
        var start = hits.first!, end = hits.last! + Self.shingleLength
        let slack = 3
        while start > 0, hits.first! - start < slack, !text.marks[start - 1].contains(.inQuote) { start -= 1 }
        while end < text.keys.count, end - hits.last! - Self.shingleLength < slack, !text.marks[end].contains(.inQuote) { end += 1 }
        let alignment = WordDiff.align(keys, text.keys[start..<end])
        let matched = alignment.filter { $0.operation == .equal && $0.to.count >= 2 }
        guard let first = matched.first, let last = matched.last,
              Self.sharedWords(alignment) >= Self.neededInNarration(keys.count),
              Self.narrationCarries(Self.sharedInformation(alignment, words), of: words) else { return nil }
        return Node(article: article, quote: nil, words: (start + first.to.lowerBound)..<(start + last.to.upperBound))
    }

    /// Narration hits of shingles: for each article, the positions whose shingle `lookup` knows.
    func scanNarration(_ visit: (_ article: Int, _ position: Int, _ shingle: Int) -> Void) {
        for article in texts.indices {
            let text = texts[article]
            text.visitNarrationShingles { position in visit(article, position, Self.shingle(text.keys, at: position)) }
        }
    }

    /// Runs of positions no further apart than `gap`.
    static func clusters(_ positions: [Int], gap: Int) -> [ArraySlice<Int>] {
        var result: [ArraySlice<Int>] = []
        var start = 0
        for index in positions.indices.dropFirst() where positions[index] - positions[index - 1] > gap {
            result.append(positions[start..<index])
            start = index
        }
        if !positions.isEmpty { result.append(positions[start...]) }
        return result
    }
}
