/// The candidates for one quote's speaker, each with the features `AttributionModel` weighs:
/// the reporting clause's mention (`r.`), the attribution carried over from the quote's
/// neighbours (`c.`), no speaker (`none`), and every mention in the quote's sentence before
/// and after it, in the sentence before, or closing the previous paragraph (`w.` with the
/// side: `b`efore, `a`fter, `p`revious sentence, previous paragraph `pp`). A mention proposed
/// twice is one candidate with both sets of features: the hand rules are features, not a
/// cascade.
struct SpeakerCandidates {
    private let document: Document
    private let quote: QuoteCandidate
    private var candidates: [SpeakerCandidate] = []
    /// The last word of the previous quote's mention, lowercased.
    private let previousSpeakerWord: String?

    /// The candidates for the quote at `index`, in order: the reporting clause's, the carried
    /// one, none, then the mentions around it (an untrained model picks the first).
    static func of(_ index: Int, previous: QuoteCandidate?, in document: Document) -> [SpeakerCandidate] {
        var list = SpeakerCandidates(document: document, quote: document.quotes[index], previous: previous)
        list.addRuleCandidates(previous: previous)
        list.addWindowMentions(quoteIndex: index)
        return list.candidates
    }

    private init(document: Document, quote: QuoteCandidate, previous: QuoteCandidate?) {
        self.document = document
        self.quote = quote
        previousSpeakerWord = previous?.attribution?.mention.flatMap {
            Tokenizer.tokens(of: document.text, in: $0).last(where: \.isWord)?.lowered
        }
    }

    private mutating func addRuleCandidates(previous: QuoteCandidate?) {
        let kind = "k." + quote.kind.rawValue
        let rule = quote.attribution.flatMap { $0.mention == nil ? nil : $0 }
        if let rule {
            let evidence = "r." + Self.name(rule.evidence)
            add(rule, features: ["r", evidence, evidence + "." + kind] + mentionFeatures(rule, prefix: "r"))
        }
        let carried = CarriedAttribution.of(quote, previous: previous, in: document)
        if let carried {
            let evidence = "c." + Self.name(carried.evidence)
            add(carried, features: ["c", evidence, evidence + "." + kind, rule == nil ? "c.alone" : "c.withRule"]
                + mentionFeatures(carried, prefix: "c"))
        }
        let words = document.tokens(in: quote.content, paragraph: quote.paragraph).lazy.filter(\.isWord).count
        candidates.append(SpeakerCandidate(attribution: nil, features: [
            "none", "none." + kind, "none.words" + Self.bucket(words), rule == nil ? "none.noRule" : "none.rule",
            carried == nil ? "none.noCarried" : "none.carried",
        ]))
    }

    /// Features of the mention itself: its kind of words, and whether it names the previous
    /// quote's speaker.
    private func mentionFeatures(_ attribution: Attribution, prefix: String) -> [String] {
        guard let mention = attribution.mention else { return [] }
        let words = Tokenizer.tokens(of: document.text, in: attribution.referent ?? mention)
        let type = Self.type(of: words)
        var features = ["t." + type, prefix + ".t." + type]
        if let previousSpeakerWord, words.last(where: \.isWord)?.lowered == previousSpeakerWord {
            features.append(prefix + ".samePrevious")
        }
        return features
    }

    /// The mentions in the quote's sentence, the sentence before it, and the previous
    /// paragraph's last sentence when the quote opens its paragraph.
    private mutating func addWindowMentions(quoteIndex index: Int) {
        let quotes = document.quotes
        let tokens = document.paragraphTokens[quote.paragraph]
        let previous = index > 0 && quotes[index - 1].paragraph == quote.paragraph ? quotes[index - 1] : nil
        let next = index + 1 < quotes.count && quotes[index + 1].paragraph == quote.paragraph ? quotes[index + 1] : nil
        let finder = ClauseFinder(tokens: tokens, previousQuoteEnd: previous?.span.end, nextQuoteStart: next?.span.start)
        let before = finder.tokensBefore(quote)
        addMentions(in: before, side: "b", finder: finder)
        addMentions(in: finder.tokensAfter(quote), side: "a", finder: finder)
        if before.lowerBound > 0, tokens[before.lowerBound - 1].isSentenceEnd, previous == nil {
            addMentions(in: finder.sentence(endingAt: before.lowerBound - 1), side: "p", finder: finder)
        } else if before.lowerBound == 0, quote.paragraph > 0 {
            let earlier = ClauseFinder(tokens: document.paragraphTokens[quote.paragraph - 1])
            addMentions(in: earlier.lastSentence, side: "pp", finder: earlier)
        }
    }

    /// Every mention in `range`, read from its start, with where it stands.
    private mutating func addMentions(in range: Range<Int>, side: String, finder: ClauseFinder) {
        let tokens = finder.tokens
        let parser = MentionParser(tokens: tokens)
        let leadIn = side == "b" && !range.isEmpty ? tokens[range.upperBound - 1].text : ""
        var index = range.lowerBound
        var isFirst = true
        while index < range.upperBound {
            let word = tokens[index].lowered
            guard tokens[index].isWord, tokens[index].isCapitalized || ClosedClassWords.pronoun(word) != nil
                    || MentionLexicon.determiners.contains(word) || MentionLexicon.relatives.contains(word),
                  finder.cue(at: index, limit: range.upperBound) == nil,
                  let mention = MentionLexicon.relatives.contains(word) ? index..<(index + 1)
                    : parser.mention(startingAt: index, limit: range.upperBound),
                  !Self.namesNobody(tokens[mention]) else {
                index += 1
                continue
            }
            let at = "w." + side
            let type = Self.type(of: Array(tokens[mention]))
            let distance = at + ".d" + Self.bucket(side == "a" ? mention.lowerBound - range.lowerBound
                                                     : range.upperBound - mention.upperBound)
            var features = [at, distance, distance + "." + type, at + ".k." + quote.kind.rawValue]
            if isFirst { features += [at + ".first", at + ".first." + type] }
            if leadIn == "," || leadIn == ":" { features += [at + ".leadIn" + leadIn, at + ".leadIn." + type] }
            let cue = cueAfter(mention, finder: finder, limit: range.upperBound)
            if let cue {
                features += ["cue.after", at + ".cue.after", at + ".cue.after." + type, "cue." + cue]
            }
            if mention.lowerBound > range.lowerBound {
                let before = tokens[mention.lowerBound - 1]
                if finder.cue(at: mention.lowerBound - 1, limit: range.upperBound) != nil {
                    features += ["cue.before", at + ".cue.before"]
                } else if MentionLexicon.prepositions.contains(before.lowered) || ClosedClassWords.prepositions.contains(before.lowered) {
                    features.append(at + ".prep")
                } else if before.text == "(" {
                    features.append("paren")
                } else if before.isWord, !before.isCapitalized {
                    features.append(at + ".afterWord")
                }
            }
            if tokens[mention.upperBound - 1].isPossessive { features.append("possessive") }
            let attribution = finder.attribution(mention, cue: cue, evidence: side == "b" ? .clauseBefore
                                                 : side == "a" ? .clauseAfter : .earlierClause)
            features += mentionFeatures(attribution, prefix: at)
            add(attribution, features: features)
            isFirst = false
            index = mention.upperBound
        }
    }

    /// The reporting verb just after a mention, past an adverb or an appositive ("Reyes, a
    /// builder, said").
    private func cueAfter(_ mention: Range<Int>, finder: ClauseFinder, limit: Int) -> String? {
        var index = mention.upperBound
        if let appositive = finder.appositive(of: mention), appositive.start > finder.tokens[mention.upperBound - 1].span.start {
            index = finder.firstToken(startingAtOrAfter: appositive.end) + 1
        }
        for offset in index..<max(index, min(limit, index + 3)) {
            if let cue = finder.cue(at: offset, limit: limit) { return cue.text.lowercased() }
            guard finder.tokens[offset].isWord, MentionLexicon.adverbsAndAuxiliaries.contains(finder.tokens[offset].lowered)
                || finder.tokens[offset].lowered.hasSuffix("ly") else { return nil }
        }
        return nil
    }

    /// Adds a candidate, or its features to the candidate of the same mention.
    private mutating func add(_ attribution: Attribution, features: [String]) {
        if let same = candidates.firstIndex(where: { $0.attribution?.mention == attribution.mention }) {
            candidates[same].features += features
        } else {
            candidates.append(SpeakerCandidate(attribution: attribution, features: features))
        }
    }

    /// Whether a mention's words name nobody: a lone closed-class word ("Only", "Once"), or a
    /// description that ends in an adverb ("a swiftly", "one point even").
    private static func namesNobody(_ words: ArraySlice<Token>) -> Bool {
        guard let last = words.last?.lowered else { return true }
        if words.count == 1, ClosedClassWords.opensNoName(last) || ClosedClassWords.namesNobodyAlone(last) { return true }
        return !words.last!.isCapitalized && (last.hasSuffix("ly") || ClosedClassWords.adverbs.contains(last))
    }

    /// The kind of words a mention is: a pronoun ("i" apart), a relative ("who"), a name, an
    /// organisation, or a description.
    private static func type(of words: [Token]) -> String {
        if words.count == 1, MentionLexicon.relatives.contains(words[0].lowered) { return "relative" }
        switch SpeakerName(words) {
        case .pronoun(let pronoun): return pronoun == "i" ? "i" : "pronoun"
        case .person: return "name"
        case .organization: return "organization"
        case .description: return "description"
        }
    }

    private static func name(_ evidence: Attribution.Evidence) -> String {
        switch evidence {
        case .clauseAfter: "after"
        case .clauseBefore: "before"
        case .label: "label"
        case .earlierClause: "earlier"
        case .carriedOver: "carried"
        case .embeddedPost: "post"
        }
    }

    /// A count in a few ranges: 0, 1, 2, 3–5, 6–10, 11 or more.
    private static func bucket(_ count: Int) -> String {
        switch count {
        case ..<3: String(max(0, count))
        case 3...5: "3"
        case 6...10: "6"
        default: "11"
        }
    }
}
