/// The candidates for one quote's speaker, each with the features `AttributionModel` weighs:
/// the reporting clause's mention, the attribution carried over from the quote's neighbours,
/// no speaker, and every mention in the quote's sentence before and after it, in the sentence
/// before, or closing the previous paragraph. A mention proposed twice is one candidate with
/// both sets of features: the hand rules are features, not a cascade.
struct SpeakerCandidates {
    private typealias Source = SpeakerFeature.Source
    private let document: Document
    private let quote: QuoteCandidate
    private let kind: Int
    /// Features of the quote itself that every candidate is weighed with, by source: whether
    /// it opens its paragraph and how its words end.
    private let opensParagraph: Int
    private let ending: Int
    private let layout = SpeakerFeature.layout
    private var candidates: [SpeakerCandidate] = []
    /// The last word of the previous quote's mention, lowercased.
    private let previousSpeakerWord: String?

    /// The candidates for the quote at `index`, in order: the reporting clause's, the carried
    /// one, none, then the mentions around it (an untrained model picks the first).
    static func of(_ index: Int, previous: QuoteCandidate?, in document: Document) -> [SpeakerCandidate] {
        var list = SpeakerCandidates(document: document, quote: document.quotes[index], previous: previous)
        list.addRuleCandidates(previous: previous)
        if !list.hasPlainClauseAfter { list.addWindowMentions(quoteIndex: index) }
        return list.candidates
    }

    private init(document: Document, quote: QuoteCandidate, previous: QuoteCandidate?) {
        self.document = document
        self.quote = quote
        kind = SpeakerFeature.index(quote.kind)
        opensParagraph = document.paragraphs[quote.paragraph].start == quote.span.start ? 1 : 0
        ending = SpeakerFeature.QuoteEnding(document.text.at(quote.content.end - 1)).rawValue
        previousSpeakerWord = previous.flatMap { previous in
            previous.attribution?.mention.flatMap {
                Self.words(of: $0, near: previous.paragraph, in: document).last(where: \.isWord)?.lowered
            }
        }
    }

    /// Whether the quote's reporting clause is the plainest kind: a reporting verb right after
    /// a quote that ends in a comma, question or exclamation mark ("…,” said Marsh / “…?” she
    /// asked). Its speaker is hardly ever another mention, so no others are weighed.
    private var hasPlainClauseAfter: Bool {
        guard let rule = quote.attribution, rule.evidence == .clauseAfter, let cue = rule.cue else { return false }
        return document.text.at(quote.content.end - 1)?.leadsIntoReportingClause == true && ReportingVerbs.isVerbForm(cue)
    }

    private mutating func addRuleCandidates(previous: QuoteCandidate?) {
        let rule = quote.attribution.flatMap { $0.mention == nil ? nil : $0 }
        if let rule {
            add(rule, features: sourceFeatures(rule, .rule))
        }
        let carried = CarriedAttribution.of(quote, previous: previous, in: document)
        if let carried {
            add(carried, features: sourceFeatures(carried, .carried) + [layout.number(.carriedAlone, rule == nil ? 1 : 0)])
        }
        let words = document.tokens(in: quote.content, paragraph: quote.paragraph).lazy.filter(\.isWord).count
        candidates.append(SpeakerCandidate(attribution: nil, features: [
            layout.number(.source, Source.nobody.rawValue), layout.number(.sourceKind, Source.nobody.rawValue, kind),
            layout.number(.noneWords, SpeakerFeature.bucket(words)),
            layout.number(.noneRule, rule == nil ? 0 : 1), layout.number(.noneCarried, carried == nil ? 0 : 1),
        ] + quoteFeatures(.nobody)))
    }

    /// The features of a candidate a hand rule proposed: the rule, its evidence, and the
    /// mention's kind of words.
    private func sourceFeatures(_ attribution: Attribution, _ source: Source) -> [Int] {
        let evidence = SpeakerFeature.index(attribution.evidence)
        let words = Self.words(of: attribution.referent ?? attribution.mention!, near: quote.paragraph, in: document)
        let isVerb = attribution.cue.map(ReportingVerbs.isVerbForm) == true ? 1 : 0
        var features = [layout.number(.source, source.rawValue), layout.number(.sourceEvidence, source.rawValue, evidence),
                        layout.number(.sourceEvidenceKind, source.rawValue, evidence, kind),
                        layout.number(.verbCue, source.rawValue, evidence, isVerb)]
        if let cue = attribution.cue?.split(separator: " ").first, let word = layout.cueNumbers[cue.lowercased()] {
            features.append(layout.number(.sourceCueWord, source.rawValue, word))
        }
        return features + quoteFeatures(source) + mentionFeatures(words, source, type: Self.type(of: words))
    }

    /// The quote's own features, by the candidate's source.
    private func quoteFeatures(_ source: Source) -> [Int] {
        [layout.number(.quoteOpens, source.rawValue, opensParagraph), layout.number(.quoteEnd, source.rawValue, ending)]
    }

    /// The tokens of a span, taken from its paragraph's when it lies in `paragraph` or the one
    /// before, as mentions mostly do.
    private static func words(of span: TextSpan, near paragraph: Int, in document: Document) -> ArraySlice<Token> {
        for index in [paragraph, paragraph - 1] where index >= 0 {
            let bounds = document.paragraphs[index]
            if bounds.start <= span.start, span.end <= bounds.end { return document.tokens(in: span, paragraph: index) }
        }
        return Tokenizer.tokens(of: document.text, in: span)[...]
    }

    /// Features of the mention's words: their kind, and whether they name the previous
    /// quote's speaker.
    private func mentionFeatures(_ words: ArraySlice<Token>, _ source: Source, type: SpeakerFeature.MentionType) -> [Int] {
        let words = words.filter(\.isWord)
        var features = [layout.number(.type, type.rawValue), layout.number(.sourceType, source.rawValue, type.rawValue),
                        layout.number(.length, source.rawValue, SpeakerFeature.bucket(words.count), type.rawValue)]
        // Headlines and section heads in capitals ("VOTERS CARE MORE"), and descriptions that
        // run on into their verb ("the crowd loudly reprised"), are seldom speakers.
        if words.count > 1, words.allSatisfy({ $0.text.unicodeScalars.allSatisfy { !$0.isLetter || $0.isUppercaseLetter } }) {
            features.append(layout.number(.capitals, source.rawValue))
        }
        if words.dropFirst().contains(where: { !$0.isCapitalized && Self.looksLikeVerb($0.lowered) }) {
            features.append(layout.number(.verbLike, source.rawValue))
        }
        if let previousSpeakerWord, words.last(where: \.isWord)?.lowered == previousSpeakerWord {
            features.append(layout.number(.samePrevious, source.rawValue))
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
        addMentions(in: before, .before, finder: finder)
        addMentions(in: finder.tokensAfter(quote), .after, finder: finder)
        if before.lowerBound > 0, tokens[before.lowerBound - 1].isSentenceEnd, previous == nil {
            addMentions(in: finder.sentence(endingAt: before.lowerBound - 1), .previousSentence, finder: finder)
        } else if before.lowerBound == 0, quote.paragraph > 0 {
            let earlier = ClauseFinder(tokens: document.paragraphTokens[quote.paragraph - 1])
            addMentions(in: earlier.lastSentence, .previousParagraph, finder: earlier)
        }
    }

    /// Every mention in `range`, read from its start, with where it stands.
    private mutating func addMentions(in range: Range<Int>, _ source: Source, finder: ClauseFinder) {
        let tokens = finder.tokens
        let parser = MentionParser(tokens: tokens)
        let leadIn = source == .before && !range.isEmpty ? [",", ":"].firstIndex(of: tokens[range.upperBound - 1].text) : nil
        let at = source.rawValue
        var index = range.lowerBound
        var isFirst = true
        // Past the opening words, only mentions near the quote: those far inside a long
        // sentence are hardly ever its speaker.
        let nearQuote = source == .after ? range.upperBound : range.upperBound - Self.reach
        let farEnd = source == .after ? min(range.upperBound, range.lowerBound + Self.reach) : range.upperBound
        while index < farEnd {
            if index >= range.lowerBound + Self.openingWords, index < nearQuote {
                index = nearQuote
                continue
            }
            let token = tokens[index]
            guard token.isWord, token.isCapitalized || Self.opensMention(token.lowered),
                  let mention = MentionLexicon.relatives.contains(token.lowered) ? index..<(index + 1)
                    : parser.mention(startingAt: index, limit: range.upperBound),
                  !Self.namesNobody(tokens[mention]), finder.cue(at: index, limit: range.upperBound) == nil else {
                index += 1
                continue
            }
            let mentionType = Self.type(of: tokens[mention])
            let type = mentionType.rawValue
            let distance = SpeakerFeature.bucket(source == .after ? mention.lowerBound - range.lowerBound
                                                 : range.upperBound - mention.upperBound)
            var features = [layout.number(.source, at), layout.number(.distance, at, distance),
                            layout.number(.distanceType, at, distance, type), layout.number(.sourceKind, at, kind)]
            if isFirst { features += [layout.number(.first, at), layout.number(.firstType, at, type)] }
            if let leadIn { features += [layout.number(.leadIn, at, leadIn), layout.number(.leadInType, at, type)] }
            let cue = cueAfter(mention, finder: finder, limit: range.upperBound)
            if let cue {
                features += [layout.number(.cueAfter), layout.number(.sourceCueAfter, at), layout.number(.sourceCueAfterType, at, type),
                             layout.number(.distanceCueAfter, at, distance)]
                if let word = layout.cueNumbers[cue.lowercased()] { features.append(layout.number(.cueWord, word)) }
            }
            features += wordBeforeFeatures(mention, in: range, source, distance: distance, hasCueAfter: cue != nil, finder: finder)
            if tokens[mention.upperBound - 1].isPossessive { features.append(layout.number(.possessive)) }
            features += quoteFeatures(source) + mentionFeatures(tokens[mention], source, type: mentionType)
            let evidence: Attribution.Evidence = source == .before ? .clauseBefore : source == .after ? .clauseAfter : .earlierClause
            add(finder.attribution(mention, cue: cue, evidence: evidence), features: features)
            isFirst = false
            index = mention.upperBound
        }
    }

    /// What stands just before a mention: a reporting verb ("said Marsh", "according to
    /// Marsh"), a preposition (and, with a verb after the mention, "marching through the streets
    /// chanted": the verb's subject is further back), a bracket, or another lowercase word.
    private func wordBeforeFeatures(_ mention: Range<Int>, in range: Range<Int>, _ source: Source, distance: Int,
                                    hasCueAfter: Bool, finder: ClauseFinder) -> [Int] {
        guard mention.lowerBound > range.lowerBound else { return [] }
        let at = source.rawValue
        let before = finder.tokens[mention.lowerBound - 1]
        let cueBefore = (max(range.lowerBound, mention.lowerBound - 2)..<mention.lowerBound).contains {
            finder.cue(at: $0, limit: range.upperBound)?.next == mention.lowerBound
        }
        if cueBefore {
            return [layout.number(.cueBefore), layout.number(.sourceCueBefore, at), layout.number(.distanceCueBefore, at, distance)]
        }
        if MentionLexicon.prepositions.contains(before.lowered) || ClosedClassWords.prepositions.contains(before.lowered) {
            return [layout.number(.preposition, at)] + (hasCueAfter ? [layout.number(.prepositionCue, at)] : [])
        }
        if before.text == "(" { return [layout.number(.parenthesis)] }
        return before.isWord && !before.isCapitalized ? [layout.number(.afterWord, at)] : []
    }

    /// The reporting verb just after a mention, past an adverb, an appositive ("Reyes, a
    /// builder, said") or a prepositional phrase ("a staffer in the room wondered").
    private func cueAfter(_ mention: Range<Int>, finder: ClauseFinder, limit: Int) -> String? {
        var index = mention.upperBound
        if let appositive = finder.appositive(of: mention), appositive.start > finder.tokens[mention.upperBound - 1].span.start {
            index = finder.firstToken(startingAtOrAfter: appositive.end) + 1
        } else if index + 1 < limit, MentionLexicon.prepositions.contains(finder.tokens[index].lowered),
                  let object = MentionParser(tokens: finder.tokens).mention(startingAt: index + 1, limit: limit),
                  object.count <= Self.longestPrepositionalObject {
            index = object.upperBound
        }
        for offset in index..<max(index, min(limit, index + 3)) {
            if let cue = finder.cue(at: offset, limit: limit) { return cue.text }
            guard finder.tokens[offset].isWord, MentionLexicon.adverbsAndAuxiliaries.contains(finder.tokens[offset].lowered)
                || finder.tokens[offset].lowered.hasSuffix("ly") else { return nil }
        }
        return nil
    }

    /// Adds a candidate, or its features to the candidate of the same mention.
    private mutating func add(_ attribution: Attribution, features: [Int]) {
        if let same = candidates.firstIndex(where: { $0.attribution?.mention == attribution.mention }) {
            candidates[same].features += features
        } else {
            candidates.append(SpeakerCandidate(attribution: attribution, features: features))
        }
    }

    /// Whether a lowercase word inside a mention looks like a verb: a past tense, a
    /// contraction with "not", a reporting verb.
    private static func looksLikeVerb(_ word: String) -> Bool {
        word.hasSuffix("ed") || word.hasSuffix("n’t") || word.hasSuffix("n't") || ReportingVerbs.contains(word)
    }

    /// The longest object of a preposition read past between a mention and its verb.
    static let longestPrepositionalObject = 5

    /// How many tokens from the quote mentions are looked for, besides the sentence's
    /// opening words.
    static let reach = 20
    /// How many tokens at the start of a window mentions are looked for in, however far from
    /// the quote: a sentence's subject comes first.
    static let openingWords = 8

    /// The lowercase words a mention may start with: determiners, relatives and pronouns.
    private static let mentionOpeners = MentionLexicon.determiners.union(MentionLexicon.relatives).union(MentionLexicon.pronouns)

    /// Whether a lowercase word may open a mention: a determiner, relative or pronoun ("he’s"
    /// too).
    private static func opensMention(_ word: String) -> Bool {
        mentionOpeners.contains(word) || word.utf8.last == UInt8(ascii: "s") && ClosedClassWords.pronoun(word) != nil
    }

    /// Whether a mention's words name nobody: a lone closed-class word ("Only", "Once"), or a
    /// description that ends in an adverb ("a swiftly", "one point even").
    private static func namesNobody(_ words: ArraySlice<Token>) -> Bool {
        guard let last = words.last else { return true }
        if words.count == 1, ClosedClassWords.opensNoName(last.lowered) || ClosedClassWords.namesNobodyAlone(last.lowered) {
            return true
        }
        return !last.isCapitalized && (last.lowered.hasSuffix("ly") || ClosedClassWords.adverbs.contains(last.lowered))
    }

    /// The kind of words a mention is.
    private static func type(of words: ArraySlice<Token>) -> SpeakerFeature.MentionType {
        if words.count == 1, MentionLexicon.relatives.contains(words.first!.lowered) { return .relative }
        switch SpeakerName.Kind(words) {
        case .pronoun(let pronoun): return pronoun == "i" ? .firstPerson : .pronoun
        case .person: return .name
        case .organization: return .organization
        case .description: return .description
        }
    }
}
