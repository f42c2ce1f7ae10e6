extension QuoteMatcher {
    /// Every quotation's occurrences across the articles, one list per quotation, each list
    /// in time order (by date, then load order, then place in the text). Each occurrence is
    /// judged against the earliest quote before it that it matches directly; a quotation that
    /// appears once is a list of one.
    public func groups() -> [[QuoteOccurrence]] {
        var links = [[(distinct: Int, score: Double)]](repeating: [], count: distinctNodes.count)
        for distinct in distinctNodes.indices {
            for match in matchingDistinct(words(ofDistinct: distinct), excluding: distinct, onlyAfter: true) {
                links[distinct].append(match)
                links[match.distinct].append((distinct, match.score))
            }
        }
        var all = nodes
        var narrationOf: [[Int]] = []
        for node in unquotedNodes() {
            narrationOf.append(node.distinct)
            all.append(node.node)
        }
        var sets = DisjointSets(count: all.count)
        for (distinct, members) in distinctNodes.enumerated() {
            for member in members.dropFirst() { sets.union(members[0], member) }
            for other in links[distinct] { sets.union(members[0], distinctNodes[other.distinct][0]) }
        }
        for (offset, carried) in narrationOf.enumerated() {
            for distinct in carried { sets.union(nodes.count + offset, distinctNodes[distinct][0]) }
        }
        var components: [Int: [Int]] = [:]
        for index in all.indices { components[sets.find(index), default: []].append(index) }
        let ordered = components.values.map { $0.sorted { isBefore(all[$0], all[$1]) } }.sorted { isBefore(all[$0[0]], all[$1[0]]) }
        return ordered.map { members in
            let place = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($1, $0) })
            // The earliest quote of each wording in the group, found once.
            var earliest: [Int: Int] = [:]
            for member in members where member < nodes.count && earliest[distinctOfNode[member]] == nil {
                earliest[distinctOfNode[member]] = member
            }
            return members.map { member in
                let reference = self.reference(for: member, all[member], place: place, earliest: earliest, links: links,
                                               narrationOf: narrationOf)
                return occurrence(all[member], against: reference.map { (all[$0], place[$0]!) })
            }
        }
    }

    /// The quote an occurrence is judged against: the earliest quote with the same words, if
    /// it comes before; else the earliest earlier quote of the closest matching wording; for
    /// narration, the earliest quote of the wording it carries most of.
    private func reference(for member: Int, _ node: Node, place: [Int: Int], earliest: [Int: Int],
                           links: [[(distinct: Int, score: Double)]], narrationOf: [[Int]]) -> Int? {
        guard member < nodes.count else {
            let carried = narrationOf[member - nodes.count].map { distinct -> (distinct: Int, shared: Int) in
                (distinct, Self.sharedWords(WordDiff.align(words(ofDistinct: distinct), words(of: node).keys)))
            }
            return carried.max { ($0.shared, -$0.distinct) < ($1.shared, -$1.distinct) }.flatMap { earliest[$0.distinct] }
        }
        let distinct = distinctOfNode[member]
        if let same = earliest[distinct], same != member { return same }
        let candidates = links[distinct].compactMap { link -> (node: Int, score: Double)? in
            guard let first = earliest[link.distinct], place[first]! < place[member]! else { return nil }
            return (first, link.score)
        }
        return candidates.max { ($0.score, -place[$0.node]!) < ($1.score, -place[$1.node]!) }?.node
    }

    /// Stretches of narration carrying indexed quotes' words, outside the quotes' own
    /// articles; a stretch carrying several wordings (of one quotation) is found once.
    private func unquotedNodes() -> [(node: Node, distinct: [Int])] {
        var found: [(node: Node, distinct: [Int])] = []
        var hits: [Int32: [Int]] = [:]
        var current = -1
        func flush() {
            var inArticle: [(node: Node, distinct: [Int])] = []
            for (distinct, positions) in hits {
                let distinct = Int(distinct)
                guard !distinctNodes[distinct].contains(where: { nodes[$0].article == current }) else { continue }
                let keys = words(ofDistinct: distinct)
                let needed = Self.neededHits(keys.count)
                for cluster in Self.clusters(positions, gap: keys.count) where cluster.count >= needed {
                    if let node = narration(carrying: keys, in: current, hits: cluster) { inArticle.append((node, [distinct])) }
                }
            }
            found += Self.mergingOverlaps(inArticle)
            hits.removeAll(keepingCapacity: true)
        }
        scanNarration { article, position, shingle in
            if article != current {
                flush()
                current = article
            }
            guard let posting = shingleIndex[shingle], posting.count <= Self.commonNarrationShingle else { return }
            for distinct in posting { hits[distinct, default: []].append(position) }
        }
        flush()
        return found
    }

    /// Overlapping stretches of one article as one: the longest, carrying all their wordings.
    static func mergingOverlaps(_ stretches: [(node: Node, distinct: [Int])]) -> [(node: Node, distinct: [Int])] {
        var merged: [(node: Node, distinct: [Int])] = []
        for stretch in stretches.sorted(by: { $0.node.words.lowerBound < $1.node.words.lowerBound }) {
            guard let last = merged.last, last.node.words.overlaps(stretch.node.words) else {
                merged.append(stretch)
                continue
            }
            let longer = stretch.node.words.count > last.node.words.count ? stretch.node : last.node
            merged[merged.count - 1] = (longer, (last.distinct + stretch.distinct).sorted())
        }
        return merged
    }

    /// Shingles of narration found in more distinct quotes than this are common phrases.
    static var commonNarrationShingle: Int { 20 }

    /// The shingles of a quote of `length` words that a stretch of narration must have before
    /// it is aligned with the quote: the words it must share, in a few runs.
    static func neededHits(_ length: Int) -> Int {
        min(length - shingleLength + 1, max(2, (neededInNarration(length) - shingleLength + 1) / 2))
    }

    /// Every occurrence of the words of quote `id`, or of `text`, in time order, judged against
    /// the earliest quote among them, or against the one in article `against`.
    public func trace(quote id: String? = nil, text: String? = nil, against: String? = nil) throws(ComparisonError) -> [QuoteOccurrence] {
        let target: WordSequence
        if let id {
            guard let node = nodes.first(where: { quotes[$0.article][$0.quote!].id == id }) else {
                throw .quoteNotFound(id)
            }
            target = words(of: node)
        } else {
            let scalars = ScalarText(text ?? "")
            let given = ComparedText(scalars, quotes: [])
            target = WordSequence(given, 0..<given.keys.count)
        }
        guard target.keys.count >= Self.shortestQuote else { throw .tooShort(target.keys.count) }
        let quoted = matchingDistinct(target.keys).flatMap { distinctNodes[$0.distinct] }.map { nodes[$0] }
        let narration = unquotedNodes(carrying: target.keys, outside: Set(quoted.map(\.article)))
        let members = (quoted + narration).sorted(by: isBefore)
        guard !members.isEmpty else { return [] }
        let referencePlace: Int?
        if let against {
            guard let article = articles.firstIndex(where: { $0.id == against }),
                  let place = members.firstIndex(where: { $0.article == article && $0.quote != nil }) else {
                throw .noOccurrence(against)
            }
            referencePlace = place
        } else {
            referencePlace = members.firstIndex { $0.quote != nil }
        }
        return members.enumerated().map { place, member in
            guard let referencePlace else { return occurrence(member, against: target) }
            return occurrence(member, against: place == referencePlace ? nil : (members[referencePlace], referencePlace))
        }
    }

    /// Narration carrying the words `keys`, outside the given articles.
    private func unquotedNodes(carrying keys: ArraySlice<Int>, outside: Set<Int>) -> [Node] {
        let wanted = Set(Self.shingles(of: keys))
        var positions: [Int: [Int]] = [:]
        scanNarration { article, position, shingle in
            if !outside.contains(article), wanted.contains(shingle) { positions[article, default: []].append(position) }
        }
        let needed = Self.neededHits(keys.count)
        return positions.keys.sorted().flatMap { article in
            Self.clusters(positions[article]!, gap: keys.count).filter { $0.count >= needed }
                .compactMap { narration(carrying: keys, in: article, hits: $0) }
        }
    }

    /// Whether `first` comes before `second` in time.
    func isBefore(_ first: Node, _ second: Node) -> Bool {
        (rank[first.article], first.words.lowerBound) < (rank[second.article], second.words.lowerBound)
    }

    /// `node` as an occurrence judged against `reference` (with its place in the list), or as
    /// an original when there is none.
    func occurrence(_ node: Node, against reference: (node: Node, place: Int)?) -> QuoteOccurrence {
        guard let reference else {
            return makeOccurrence(node, verdict: .original, wording: .original, similarity: 1, reference: nil, diff: nil)
        }
        var result = occurrence(node, against: words(of: reference.node))
        result.reference = reference.place
        if result.verdict != .unquoted, differentPeople(node, reference.node) { result.verdict = .misattributed }
        return result
    }

    /// `node` judged against the words `reference`.
    func occurrence(_ node: Node, against reference: WordSequence) -> QuoteOccurrence {
        let own = words(of: node)
        let alignment = WordDiff.align(reference.keys, own.keys)
        let shared = alignment.reduce(0) { $0 + ($1.operation == .equal ? $1.from.count : 0) }
        let wording = QuoteVerdict.wording(of: own, against: reference, diff: alignment)
        return makeOccurrence(node, verdict: node.quote == nil ? .unquoted : wording, wording: wording,
                              similarity: 2 * Double(shared) / Double(reference.keys.count + own.keys.count),
                              reference: nil, diff: WordDiff(alignment, from: reference.forms, to: own.forms))
    }

    private func makeOccurrence(_ node: Node, verdict: QuoteVerdict, wording: QuoteVerdict, similarity: Double,
                                reference: Int?, diff: WordDiff?) -> QuoteOccurrence {
        let article = articles[node.article]
        let quote = node.quote.map { quotes[node.article][$0] }
        let text = texts[node.article]
        let span = quote?.span ?? TextSpan(text.spans[node.words.lowerBound].start, text.spans[node.words.upperBound - 1].end)
        return QuoteOccurrence(
            article: article.id, quote: quote?.id, span: span,
            text: quote?.text ?? ScalarText(article.text).string(span), speaker: quote?.speaker,
            verdict: verdict, wording: wording, similarity: similarity, reference: reference, diff: diff)
    }

    /// Whether two quotes name different people: both name a person (organisations speak
    /// through people, so they are not told apart from them; descriptions such as "the
    /// Florida senator" name nobody), with different surnames, and neither name is one word
    /// of the other ("Stevie", "Stevie Wonder").
    func differentPeople(_ first: Node, _ second: Node) -> Bool {
        guard let one = person(speaking: first), let other = person(speaking: second) else { return false }
        let oneWords = one.lowercased().split(separator: " "), otherWords = other.lowercased().split(separator: " ")
        if oneWords.count == 1 && otherWords.contains(oneWords[0]) || otherWords.count == 1 && oneWords.contains(otherWords[0]) {
            return false
        }
        return SpeakerDirectory.lastWord(of: one).lowercased() != SpeakerDirectory.lastWord(of: other).lowercased()
    }

    /// The name of the person a quote is attributed to, if it names a person.
    private func person(speaking node: Node) -> String? {
        guard let index = node.quote, let name = quotes[node.article][index].speaker,
              Self.isPersonalName(name) else { return nil }
        let speakers = articles[node.article].speakers
        if let entry = SpeakerDirectory.match(name, in: speakers), speakers[entry].isOrganization { return nil }
        return name
    }

    /// Whether `name` reads as a person's name: capitalized words, not a description opening
    /// with a determiner ("The email", "One man") or owned by someone ("Google's chief").
    public static func isPersonalName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard let first = words.first, !["the", "a", "an", "one", "another"].contains(first.lowercased()) else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true && !$0.hasSuffix("'s") && !$0.hasSuffix("’s") }
    }
}

extension QuoteOccurrence {
    /// The words of `text` (a quote's, say) judged against those of `reference`: verdict and
    /// wording are the verdict on the words alone.
    public init(comparing text: String, against reference: String, article: String = "", quote: String? = nil) {
        let mine = ComparedText(ScalarText(text), quotes: []), theirs = ComparedText(ScalarText(reference), quotes: [])
        let own = WordSequence(mine, 0..<mine.keys.count), other = WordSequence(theirs, 0..<theirs.keys.count)
        let alignment = WordDiff.align(other.keys, own.keys)
        let shared = alignment.reduce(0) { $0 + ($1.operation == .equal ? $1.from.count : 0) }
        let wording = QuoteVerdict.wording(of: own, against: other, diff: alignment)
        let total = other.keys.count + own.keys.count
        self.init(article: article, quote: quote, span: TextSpan(0, 0), text: text, speaker: nil, verdict: wording,
                  wording: wording, similarity: total == 0 ? 1 : 2 * Double(shared) / Double(total), reference: nil,
                  diff: WordDiff(alignment, from: other.forms, to: own.forms))
    }
}
