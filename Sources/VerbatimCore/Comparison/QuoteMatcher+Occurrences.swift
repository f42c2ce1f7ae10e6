extension QuoteMatcher {
    /// Every quotation's occurrences across the articles, one list per quotation, each list
    /// in time order (by date, then load order, then place in the text), with the earliest
    /// quote first as the reference the others are judged against; a quotation that appears
    /// once is a list of one.
    ///
    /// A group is a star around one utterance, not a chain: taken in time order, a quote joins
    /// the group whose reference it matches directly (the best match when it matches several),
    /// or starts a group of its own, so two quotes that each share words with a third never
    /// join through it; a few identical words too common to tell (`minimumEvidence`,
    /// `sentenceLength`) join only their article's or their person's. The same words again in one
    /// article are a `repeat` of the article's first occurrence, never judged as another
    /// source's version. Narration joins the group of the quote whose words it carries most
    /// of, outside the group's articles and not before its reference was published; of an
    /// article's stretches carrying one group's words, the one carrying most.
    public func groups() -> [[QuoteOccurrence]] {
        let links = distinctLinks()
        var groupOfDistinct = [Int?](repeating: nil, count: distinctNodes.count)
        var roots: [Int] = []
        var members: [[Int]] = []
        // A few identical words that tell too little to be one quotation ("boots on the ground")
        // are one group only inside one article or given to one person at one time, and no
        // other quote joins a group they start.
        var groupsOfCommonWording: [Int: [Int]] = [:]
        for node in nodes.indices.sorted(by: { isBefore(nodes[$0], nodes[$1]) }) {
            let distinct = distinctOfNode[node]
            let wording = words(ofDistinct: distinct)
            let isCommon = wording.keys.count < Self.sentenceLength && wording.information.reduce(0, +) < Self.minimumEvidence
            let same = isCommon
                ? groupsOfCommonWording[distinct]?.first { group in
                    let root = nodes[roots[group]]
                    return root.article == nodes[node].article || speakers(of: nodes[node], root) == .same
                }
                : groupOfDistinct[distinct]
            if let same {
                members[same].append(node)
                continue
            }
            let best = links[distinct].compactMap { link -> (group: Int, score: Double)? in
                guard let group = groupOfDistinct[link.distinct], distinctOfNode[roots[group]] == link.distinct else { return nil }
                return (group, link.score)
            }.max { ($0.score, -$0.group) < ($1.score, -$1.group) }
            let group = best?.group ?? roots.count
            if best == nil {
                roots.append(node)
                members.append([])
            }
            members[group].append(node)
            if isCommon {
                groupsOfCommonWording[distinct, default: []].append(group)
            } else {
                groupOfDistinct[distinct] = group
            }
        }
        var all = nodes
        // Each article's narration of a group: the stretch carrying most of its words.
        var narration: [Int: [Int: (node: Node, shared: Int)]] = [:]
        var embeddedPosts: [Int: [Range<Int>]] = [:]
        for (node, carried) in unquotedNodes() {
            let best = carried.map { distinct -> (distinct: Int, shared: Int) in
                (distinct, Self.sharedWords(WordDiff.align(words(ofDistinct: distinct).keys, words(of: node).keys)))
            }.max { ($0.shared, -$0.distinct) < ($1.shared, -$1.distinct) }
            guard let best, let group = groupOfDistinct[best.distinct], isBefore(nodes[roots[group]], node),
                  !members[group].contains(where: { all[$0].article == node.article }),
                  best.shared > narration[group]?[node.article]?.shared ?? 0, keepsWords(node, of: nodes[roots[group]]) else { continue }
            let start = texts[node.article].spans[node.words.lowerBound].start
            if embeddedPosts[node.article] == nil { embeddedPosts[node.article] = self.embeddedPosts(in: node.article) }
            guard !embeddedPosts[node.article]!.contains(where: { $0.contains(start) }) else { continue }
            narration[group, default: [:]][node.article] = (node, best.shared)
        }
        for (group, byArticle) in narration {
            for article in byArticle.keys.sorted() {
                members[group].append(all.count)
                all.append(byArticle[article]!.node)
            }
        }
        let ordered = members.map { $0.sorted { isBefore(all[$0], all[$1]) } }.sorted { isBefore(all[$0[0]], all[$1[0]]) }
        return ordered.map { members in
            var firstInArticle: [Int: Int] = [:]
            return members.enumerated().map { place, member in
                let node = all[member]
                if let first = firstInArticle[node.article] {
                    var repeated = occurrence(node, against: (all[members[first]], first))
                    repeated.verdict = .repeat
                    return repeated
                }
                firstInArticle[node.article] = place
                return occurrence(node, against: place == 0 ? nil : (all[members[0]], 0))
            }
        }
    }

    /// Whether `narration` keeps the words of `quote`, cut or not, rather than rewording them
    /// ("related to her use of a private email server" for “related to former Secretary
    /// Clinton's use of a private email server”): only then has it dropped the quote marks.
    private func keepsWords(_ narration: Node, of quote: Node) -> Bool {
        let quoted = words(of: quote), own = words(of: narration)
        return QuoteVerdict.wording(of: own, against: quoted, diff: WordDiff.align(quoted.keys, own.keys)) != .altered
    }

    /// The fewest words of a quote that, repeated word for word, are one quotation whatever
    /// words they are.
    static let sentenceLength = 8

    /// For each distinct wording, the wordings it matches and how well.
    private func distinctLinks() -> [[(distinct: Int, score: Double)]] {
        var links = [[(distinct: Int, score: Double)]](repeating: [], count: distinctNodes.count)
        for distinct in distinctNodes.indices {
            for match in matchingDistinct(words(ofDistinct: distinct), excluding: distinct, onlyAfter: true) {
                links[distinct].append(match)
                links[match.distinct].append((distinct, match.score))
            }
        }
        return links
    }

    /// Whether article `article` quotes the wording `distinct`: a binary search, since a
    /// wording's nodes are in article order (a wording copied by a hundred outlets has a
    /// hundred).
    private func isQuoted(_ distinct: Int, in article: Int) -> Bool {
        let holders = distinctNodes[distinct]
        let first = holders.partitionIndex { nodes[$0].article >= article }
        return first < holders.count && nodes[holders[first]].article == article
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
                guard !isQuoted(distinct, in: current) else { continue }
                let quoted = words(ofDistinct: distinct)
                let needed = Self.neededHits(quoted.keys.count)
                for cluster in Self.clusters(positions, gap: quoted.keys.count) where cluster.count >= needed {
                    if let node = narration(carrying: quoted, in: current, hits: cluster) { inArticle.append((node, [distinct])) }
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
            guard let posting = shingleIndex[shingle], posting.count <= Self.commonNarrationShingle,
                  !commonInNarration.contains(shingle) else { return }
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
        let quoted = matchingDistinct(target).flatMap { distinctNodes[$0.distinct] }.map { nodes[$0] }
        let narration = unquotedNodes(carrying: target, outside: Set(quoted.map(\.article)))
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

    /// Narration carrying the words `words`, outside the given articles.
    private func unquotedNodes(carrying words: WordSequence, outside: Set<Int>) -> [Node] {
        let keys = words.keys
        let wanted = Set(Self.shingles(of: keys))
        var positions: [Int: [Int]] = [:]
        scanNarration { article, position, shingle in
            if !outside.contains(article), wanted.contains(shingle) { positions[article, default: []].append(position) }
        }
        let needed = Self.neededHits(keys.count)
        return positions.keys.sorted().flatMap { article in
            Self.clusters(positions[article]!, gap: keys.count).filter { $0.count >= needed }
                .compactMap { narration(carrying: words, in: article, hits: $0) }
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
        let shared = result.evidence?.information ?? 0
        if [.trimmed, .extended, .altered].contains(result.verdict), let whole = judgedWhole(node, against: reference.node) {
            result = whole
        }
        result.reference = reference.place
        result.evidence?.speakers = speakers(of: node, reference.node)
        if result.verdict != .unquoted, isMisattributed(node, against: reference.node, sharing: shared) {
            result.verdict = .misattributed
        }
        if result.verdict.isAccusatory, isQuoteOfQuote(node, reference.node) { result.verdict = .possible }
        guard result.verdict.isAccusatory, result.confidence < minimumConfidence || result.verdict == .altered else { return result }
        if reportsSameOccasion(node, reference.node) { result.evidence?.isCorroborated = true }
        // Changed words are a source's change only in a report of the same occasion, which a
        // story shows by quoting another of its quotations: people say a line again in other
        // words ("I meant exactly that. He's the founder of ISIS" to one host, "No, I meant
        // he's the founder of ISIS" to another).
        if result.confidence < minimumConfidence || result.verdict == .altered && result.evidence?.isCorroborated != true {
            result.verdict = .possible
        }
        return result
    }

    /// Whether two occurrences name the same person as their speaker (in articles published
    /// within `sameOccasionDays` of each other, as reports of one statement are; narration
    /// names them in its paragraph), different people, or neither: nobody named, or the same
    /// person months apart, who may well have said the same thing twice ("We're going to build
    /// a wall").
    func speakers(of node: Node, _ reference: Node) -> MatchEvidence.Speakers {
        guard let other = person(speaking: reference) else { return .unknown }
        if node.quote == nil {
            // Narration gives the words to the person it names beside them ("Marsh said the …").
            guard names(SpeakerDirectory.lastWord(of: other), near: node, earlier: 0) else { return .unknown }
        } else {
            guard let one = person(speaking: node) else { return .unknown }
            if differentPeople(one, other) { return .different }
        }
        if let first = DayNumber(articles[node.article].date), let second = DayNumber(articles[reference.article].date),
           abs(first.value - second.value) > Self.sameOccasionDays {
            return .unknown
        }
        return .same
    }

    /// How many days apart two articles may be published and still report one occasion.
    static let sameOccasionDays = 14

    /// Whether the story of `node` reports the occasion of `reference`: it shares another
    /// quotation with the reference's article (`sharesAnotherQuotation`), or with another
    /// article that quotes the reference's words exactly (the first `corroboratingCopies`).
    func reportsSameOccasion(_ node: Node, _ reference: Node) -> Bool {
        if sharesAnotherQuotation(node, reference) { return true }
        guard let index = index(of: reference) else { return false }
        return distinctNodes[distinctOfNode[index]].prefix(Self.corroboratingCopies).contains { copy in
            nodes[copy].article != reference.article && sharesAnotherQuotation(node, nodes[copy])
        }
    }

    /// How many exact copies of a reference's words `reportsSameOccasion` looks at.
    static let corroboratingCopies = 32

    /// The index in `nodes` of a quote's node; nil for narration.
    func index(of node: Node) -> Int? {
        guard let quote = node.quote else { return nil }
        let inArticle = nodesOfArticle[node.article]
        let place = inArticle.partitionIndex { nodes[$0].quote! >= quote }
        return place < inArticle.upperBound && nodes[place].quote == quote ? place : nil
    }

    /// Whether the articles of `node` and `reference` share another quotation, matched with
    /// confidence on its own or word for word: two stories of one event, where a short quote weakly matched
    /// ("principles of world peace and security") is most likely the same words.
    func sharesAnotherQuotation(_ node: Node, _ reference: Node) -> Bool {
        guard node.article != reference.article else { return false }
        let skipped = Set([node, reference].compactMap { index(of: $0).map { distinctOfNode[$0] } })
        let matched = confidentMatches(of: reference.article, in: node.article)
        return matched.contains { first, seconds in !skipped.contains(first) && seconds.contains { !skipped.contains($0) } }
    }

    /// The wordings of `article`'s quotes that are matched in `other` with confidence on their
    /// own (or word for word, a sentence long: `sentenceLength`), with the wordings there that
    /// match them: each article's matches found once, since every weak match judged against
    /// one of its quotes asks (thousands of short quotes would otherwise look up every quote
    /// of the article each), and each pair of articles read from the side with fewer to
    /// read (a quotation copied in every article is not listed again for each).
    private func confidentMatches(of article: Int, in other: Int) -> [Int: Set<Int>] {
        if corroboration.minimumConfidence != minimumConfidence {
            corroboration.byArticle = [:]
            corroboration.matches = [:]
            corroboration.minimumConfidence = minimumConfidence
        }
        if let known = corroboration.byArticle[article]?[other] { return known }
        let matches = confidentMatches(of: article)
        var found: [Int: Set<Int>] = [:]
        if nodesOfArticle[other].count < matches.count {
            for second in nodesOfArticle[other] {
                let distinct = distinctOfNode[second]
                for own in matches.byDistinct[distinct] ?? [] { found[own, default: []].insert(distinct) }
            }
        } else {
            if corroboration.distincts[other] == nil {
                corroboration.distincts[other] = Set(nodesOfArticle[other].map { distinctOfNode[$0] })
            }
            let inOther = corroboration.distincts[other]!
            for (own, distinct) in matches.pairs where inOther.contains(distinct) { found[own, default: []].insert(distinct) }
        }
        corroboration.byArticle[article, default: [:]][other] = found
        return found
    }

    /// The pairs (a wording of `article`'s quotes, a wording matching it with confidence or
    /// word for word), found once per article.
    private func confidentMatches(of article: Int) -> Corroboration.Matches {
        if let known = corroboration.matches[article] { return known }
        var found = Corroboration.Matches()
        for first in nodesOfArticle[article] {
            let theirs = words(of: nodes[first])
            let own = distinctOfNode[first]
            for distinct in [own] + matchingDistinct(theirs, excluding: own).map(\.distinct) {
                // The confidence rests on the reference's words and the keys of the other's; the
                // same sentence word for word is one quotation whatever its words.
                let other = words(ofDistinct: distinct)
                guard distinct == own && theirs.keys.count >= Self.sentenceLength
                        || MatchEvidence(WordDiff.align(theirs.keys, other.keys), reference: theirs, other: other).confidence
                        >= minimumConfidence else { continue }
                found.pairs.append((own, distinct))
                found.byDistinct[distinct, default: []].append(own)
            }
        }
        corroboration.matches[article] = found
        return found
    }

    /// `node` judged with the quotes it or its reference was split into read whole ("…,”
    /// Pence added. “…”), when that makes the words the same (verbatim or variant): a story
    /// that breaks a statement around its reporting clause has neither cut nor added to it.
    func judgedWhole(_ node: Node, against reference: Node) -> QuoteOccurrence? {
        let theirs = wholeReadings(of: reference), own = wholeReadings(of: node)
        // The first reading of each is the quote alone, already judged.
        for (ownPlace, ownWords) in own.enumerated() {
            for (theirPlace, theirWords) in theirs.enumerated() where ownPlace > 0 || theirPlace > 0 {
                let result = occurrence(node, against: theirWords, reading: ownWords)
                if result.wording == .verbatim || result.wording == .variant { return result }
            }
        }
        return nil
    }

    /// The ways to read a quote's words: alone (first), and joined with the quote just before
    /// or after it when only a short reporting clause stands between: in its paragraph
    /// (`splitClause`), or across one paragraph break when both are given to the same person
    /// and the second follows its own clause (`splitClauses`).
    func wholeReadings(of node: Node) -> [WordSequence] {
        let alone = words(of: node)
        guard let index = node.quote else { return [alone] }
        let text = texts[node.article], ranges = text.quoteRanges
        func joins(_ first: Int, _ second: Int) -> Bool {
            guard first >= 0, second < ranges.count, !ranges[first].isEmpty, !ranges[second].isEmpty,
                  ranges[first].upperBound <= ranges[second].lowerBound else { return false }
            let between = ranges[first].upperBound..<ranges[second].lowerBound
            let nextParagraph = text.paragraphStarts.partitionIndex { $0 >= between.lowerBound }
            if nextParagraph == text.paragraphStarts.count || text.paragraphStarts[nextParagraph] > between.upperBound {
                return between.count <= Self.splitClause
            }
            // Across paragraphs, only one person's words, the second part led by its clause:
            // "…,” Pence stated.¶Pence added, “…” (not a new paragraph opening with a quote).
            let inArticle = quotes[node.article]
            return between.count <= Self.splitClauses && inArticle[first].speaker != nil
                && inArticle[first].speaker == inArticle[second].speaker
                && text.paragraphStarts[nextParagraph] < between.upperBound
                && text.paragraphStarts[nextParagraph..<text.paragraphStarts.endIndex].prefix { $0 <= between.upperBound }.count == 1
        }
        let before = joins(index - 1, index) ? WordSequence(text, ranges[index - 1]) : nil
        let after = joins(index, index + 1) ? WordSequence(text, ranges[index + 1]) : nil
        return [alone] + [before.map { WordSequence(joining: [$0, alone]) }, after.map { WordSequence(joining: [alone, $0]) },
                          before.flatMap { before in after.map { WordSequence(joining: [before, alone, $0]) } }].compactMap { $0 }
    }

    /// The most words a reporting clause that splits a quote has ("Pence added", "she said,
    /// adding that").
    static let splitClause = 8
    /// The most words between a quote and the same person's next one in the next paragraph
    /// ("Pence stated in a press release on Tuesday.¶Pence added,").
    static let splitClauses = 12

    /// `node` judged against the words `reference`, read as `own` (its words, unless given).
    func occurrence(_ node: Node, against reference: WordSequence, reading own: WordSequence? = nil) -> QuoteOccurrence {
        let own = own ?? words(of: node)
        let alignment = WordDiff.align(reference.keys, own.keys)
        let shared = alignment.reduce(0) { $0 + ($1.operation == .equal ? $1.from.count : 0) }
        let wording = QuoteVerdict.wording(of: own, against: reference, diff: alignment)
        var result = makeOccurrence(node, verdict: node.quote == nil ? .unquoted : wording, wording: wording,
                                    similarity: 2 * Double(shared) / Double(reference.keys.count + own.keys.count),
                                    reference: nil, diff: WordDiff(alignment, from: reference.forms(), to: own.forms()))
        result.evidence = MatchEvidence(alignment, reference: reference, other: own)
        return result
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

    /// Whether `node` gives the words of `reference` to someone else, as far as a fact-checker
    /// could sign it: each quote is given to a name that reads as a person's and holds no
    /// quotation of its own (`credibleSpeaker`), different people (`differentPeople`), neither
    /// article names the other's person in the quote's paragraph or the one before (an
    /// extraction that took the wrong name or resolved a pronoun wrongly, or a story where one
    /// person reads out another's words), and the words are distinctive
    /// (`misattributionEvidence`: `shared` is what their words share tells), not a slogan two
    /// people both repeat.
    func isMisattributed(_ node: Node, against reference: Node, sharing shared: Double) -> Bool {
        guard shared >= Double(Self.misattributionEvidence), let one = credibleSpeaker(node),
              let other = credibleSpeaker(reference), differentPeople(one, other) else { return false }
        return !names(SpeakerDirectory.lastWord(of: other), near: node, earlier: 1)
            && !names(SpeakerDirectory.lastWord(of: one), near: reference, earlier: 1)
    }

    /// The person a quote is given to, when the name reads as a person's, which is when the
    /// speaker is least likely an extraction's mistake: two to five words, none of them an
    /// everyday word ("Claim That Donald Trump Is …", "Led" are not names), and no quotation
    /// inside the quote (whose inner words are someone else's).
    func credibleSpeaker(_ node: Node) -> String? {
        guard let name = person(speaking: node), let index = node.quote else { return nil }
        let words = name.split(separator: " ")
        guard (2...5).contains(words.count),
              words.allSatisfy({ WordInformation.of(ComparedText.form(of: $0.lowercased())) >= Self.leastNameInformation }) else { return nil }
        let inner = quotes[node.article][index].text.unicodeScalars.dropFirst().dropLast()
        return inner.contains(where: { Self.innerQuoteMarks.contains($0.value) }) ? nil : name
    }

    /// The least information (`WordInformation`) of each word of a name: less is an everyday
    /// word ("That", "Is", "Will" score below it).
    static let leastNameInformation: Float = 1

    /// Marks that open a quotation inside a quote: “ „ « ‘ and the straight double quote.
    static let innerQuoteMarks: Set<UInt32> = [0x201C, 0x201E, 0xAB, 0x2018, 0x22]

    /// The information the words must carry before their speakers are said to differ: more
    /// than the slogans and stock phrases people repeat after one another ("take on the
    /// Washington cartel").
    static let misattributionEvidence: Float = 6.5

    /// Whether the article of `node` has the word `name` (a surname, compared as words are,
    /// or its possessive) in the paragraph that holds the node's words, outside them, or in
    /// the `earlier` paragraphs before it.
    func names(_ name: Substring, near node: Node, earlier: Int) -> Bool {
        let text = texts[node.article]
        let form = ComparedText.form(of: name.lowercased())
        let keys: Set = [ComparedText.key(of: form), ComparedText.key(of: form + "'s")]
        let paragraphs = text.paragraphs(around: node.words, earlier: earlier)
        return text.keys[paragraphs.lowerBound..<node.words.lowerBound].contains(where: keys.contains)
            || text.keys[node.words.upperBound..<paragraphs.upperBound].contains(where: keys.contains)
    }

    /// Whether two people's names name different people: different surnames once diacritics
    /// and case are set aside ("Calderon", "Calderón"), and neither name is one word of the
    /// other ("Stevie", "Stevie Wonder").
    func differentPeople(_ one: String, _ other: String) -> Bool {
        let oneWords = one.lowercased().split(separator: " "), otherWords = other.lowercased().split(separator: " ")
        if oneWords.count == 1 && otherWords.contains(oneWords[0]) || otherWords.count == 1 && oneWords.contains(otherWords[0]) {
            return false
        }
        func surname(_ name: String) -> String { ComparedText.folded(SpeakerDirectory.lastWord(of: name).lowercased()) }
        return surname(one) != surname(other)
    }

    /// The name of the person a quote is attributed to, if it names a person (organisations
    /// speak through people, so they are not told apart from them; descriptions such as "the
    /// Florida senator" name nobody).
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
                  diff: WordDiff(alignment, from: other.forms(), to: own.forms()))
    }
}
