/// Reads the reporting clauses around one quote of a paragraph.
struct ClauseFinder {
    let tokens: [Token]
    /// Where the paragraph's previous quote ends, if there is one.
    var previousQuoteEnd: Int?
    /// Where the paragraph's next quote starts, if there is one.
    var nextQuoteStart: Int?

    private var parser: MentionParser { MentionParser(tokens: tokens) }

    /// The index of the first token starting at or after `offset`.
    func firstToken(startingAtOrAfter offset: Int) -> Int { tokens.firstIndex(startingAtOrAfter: offset) }

    /// The tokens from the quote's end to the end of its sentence or the next quote.
    func tokensAfter(_ quote: QuoteCandidate) -> Range<Int> {
        let start = firstToken(startingAtOrAfter: quote.span.end)
        var end = start
        while end < tokens.count, end - start < Self.longestSentence {
            let token = tokens[end]
            if let nextQuoteStart, token.span.start >= nextQuoteStart { break }
            end += 1
            if token.isSentenceEnd { break }
        }
        return start..<end
    }

    /// The tokens from the start of the quote's sentence (or the previous quote's end) to the quote.
    func tokensBefore(_ quote: QuoteCandidate) -> Range<Int> {
        sentence(endingAt: firstToken(startingAtOrAfter: quote.span.start), floor: previousQuoteEnd ?? 0)
    }

    /// The tokens of the sentence that ends just before token `end`: back to a sentence end, or
    /// to the first token starting at `floor`.
    func sentence(endingAt end: Int, floor: Int = 0) -> Range<Int> {
        var start = end
        while start > 0, end - start < Self.longestSentence {
            let token = tokens[start - 1]
            if token.span.start < floor || token.isSentenceEnd { break }
            start -= 1
        }
        return start..<end
    }

    /// Clauses are looked for at most this many tokens from a quote, so that text without
    /// sentence ends costs no more than text with them.
    static let longestSentence = 120

    /// The paragraph's last sentence, without its final stop.
    var lastSentence: Range<Int> {
        sentence(endingAt: tokens.last?.isSentenceEnd == true ? tokens.count - 1 : tokens.count)
    }

    /// The speaker label that opens a quoted transcript turn: one to three words in capitals
    /// and a colon ("WALLACE:", "SEN. SANDERS:").
    func transcriptSpeaker(in quote: QuoteCandidate) -> TextSpan? {
        let start = firstToken(startingAtOrAfter: quote.content.start)
        var index = start
        while index < tokens.count, index - start < 3, tokens[index].isWord, tokens[index].text.count > 1,
              tokens[index].text == tokens[index].text.uppercased(), tokens[index].span.end <= quote.content.end {
            index += 1
        }
        guard index > start, index < tokens.count, tokens[index].text == ":" else { return nil }
        return TextSpan(tokens[start].span.start, tokens[index - 1].span.end)
    }

    /// Whether a comma or colon stands right before the quote.
    func leadsIn(_ quote: QuoteCandidate) -> Bool {
        let index = firstToken(startingAtOrAfter: quote.span.start)
        return index > 0 && [",", ":"].contains(tokens[index - 1].text)
    }

    /// "…,” said X", "…,” X said", "…,” X, a role, said", "…,” according to X".
    func attributionAfter(_ quote: QuoteCandidate, endsSentence: Bool) -> Attribution? {
        let range = tokensAfter(quote)
        var index = range.lowerBound
        while index < range.upperBound, index - range.lowerBound < 2, !tokens[index].isWord, !tokens[index].isSentenceEnd {
            index += 1
        }
        guard index < range.upperBound, !opensOwnClause(index, after: quote) else { return nil }
        if let cue = cue(at: index, limit: range.upperBound) {
            guard let mention = parser.mention(startingAt: cue.next, limit: range.upperBound) else { return nil }
            return attribution(mention, cue: cue.text, evidence: .clauseAfter)
        }
        let reach = min(range.upperBound, index + Self.longestAppositive)
        if let verb = (index..<reach).first(where: { cue(at: $0, limit: range.upperBound) != nil }),
           let subject = subject(in: index..<verb) {
            // After a quote that ends its sentence, only a short clause ("Trump said.") is its own.
            guard !endsSentence || tokens[range.upperBound - 1].isSentenceEnd
                && range.upperBound - verb <= Self.longestClosingClause else { return nil }
            return attribution(subject, cue: cue(at: verb, limit: range.upperBound)?.text, evidence: .clauseAfter)
        }
        // "…” ― Jacklyn Ashley": a name after a dash, with no verb, signs the quote.
        let dash = range.lowerBound
        guard index > dash, tokens[dash].text.unicodeScalars.first!.isDash,
              quote.span.end == tokens[dash].span.start || quote.span.end + 1 == tokens[dash].span.start,
              let mention = parser.mention(startingAt: index, limit: range.upperBound), tokens[mention.lowerBound].isCapitalized,
              mention.upperBound == range.upperBound || !tokens[mention.upperBound].isWord else { return nil }
        return attribution(mention, cue: nil, evidence: .clauseAfter)
    }

    /// Whether the words at `index`, after a quote that closes with a comma, open a clause of
    /// their own ("…,” but he said …") rather than carry on its sentence ("…” and against the
    /// law, Clinton said).
    private func opensOwnClause(_ index: Int, after quote: QuoteCandidate) -> Bool {
        let lastInside = firstToken(startingAtOrAfter: quote.content.end) - 1
        return lastInside >= 0 && tokens[lastInside].text == ","
            && MentionLexicon.clauseConjunctions.contains(tokens[index].lowered)
            && !(index + 1 < tokens.count && tokens[index + 1].text == ",")
    }

    /// A clause after a quote that ends its sentence is this many tokens at most after its verb.
    static let longestClosingClause = 6

    /// The speaker in the words before a reporting verb: "Tulsa police Chief Chuck Jordan",
    /// "Rep. Gwen Moore (D-Wis.)", "Scott Pruitt, the attorney general of Oklahoma,",
    /// "the mayor, Elena Marsh,".
    func subject(in phrase: Range<Int>) -> Range<Int>? {
        guard let last = skipAdverbsBackwards(from: phrase.upperBound - 1, floor: phrase.lowerBound) else { return nil }
        let end = skipAsideBackwards(from: last, floor: phrase.lowerBound)
        guard end >= phrase.lowerBound else { return nil }
        guard tokens[end].text == "," else {
            guard end - phrase.lowerBound < Self.longestSubject else { return nil }
            return parser.mention(endingAt: end, floor: phrase.lowerBound)
        }
        // An appositive between two commas: "X, a role," or "a role, X,".
        let reach = max(phrase.lowerBound, end - Self.longestAppositive)
        guard let comma = tokens[reach..<end].lastIndex(where: { $0.text == "," }) else {
            return parser.mention(endingAt: end - 1, floor: phrase.lowerBound)
        }
        let outerEnd = skipAsideBackwards(from: comma - 1, floor: phrase.lowerBound)
        let outer = outerEnd >= phrase.lowerBound ? parser.mention(endingAt: outerEnd, floor: phrase.lowerBound) : nil
        // "the mayor, Elena Marsh, said": the name between the commas is the better mention.
        if outer.map({ !tokens[$0.lowerBound].isCapitalized }) ?? true,
           let inner = parser.mention(endingAt: end - 1, floor: comma + 1), tokens[inner.lowerBound].isCapitalized {
            return inner
        }
        return outer
    }

    /// A subject without commas is at most this many tokens long.
    static let longestSubject = 10

    /// "X said that “…", "X told reporters: “…", "according to X, “…", "X: “…".
    func attributionBefore(_ quote: QuoteCandidate) -> Attribution? {
        let range = tokensBefore(quote)
        guard !range.isEmpty else { return nil }
        if let label = label(in: range) {
            return Attribution(mention: parser.span(label), evidence: .label)
        }
        return reportingClause(in: range, evidence: .clauseBefore)
    }

    /// The last reporting clause in `range`: a reporting verb with its subject before it
    /// ("Blinken also accused"), or after it ("said Blinken"), or "according to X".
    func reportingClause(in range: Range<Int>, evidence: Attribution.Evidence) -> Attribution? {
        var participle: (text: String, next: Int)?
        var owner: (mention: Range<Int>, noun: String)?
        for verb in range.reversed() {
            if owner == nil, let possessor = possessor(ofNounAt: verb, floor: range.lowerBound) {
                owner = (possessor, tokens[verb].text)
                continue
            }
            guard let cue = cue(at: verb, limit: range.upperBound) else { continue }
            if cue.text == "according to" {
                guard let mention = parser.mention(startingAt: cue.next, limit: range.upperBound) else { continue }
                return attribution(mention, cue: cue.text, evidence: evidence)
            }
            // "…, calling the crossing “…”", "stating “…”": the participle's subject is the
            // main clause's.
            if isParticiple(verb, floor: range.lowerBound) {
                // "footage of Hillary Clinton asking, “…”", "with Sen. John McCain calling it":
                // the name it follows is its subject.
                if participle == nil, let subject = parser.mention(endingAt: verb - 1, floor: range.lowerBound),
                   subject.lowerBound > range.lowerBound, ["of", "with"].contains(tokens[subject.lowerBound - 1].lowered),
                   tokens[subject.lowerBound].isCapitalized {
                    return attribution(subject, cue: cue.text, evidence: evidence)
                }
                participle = participle ?? cue
                continue
            }
            var subjectEnd = skipAdverbsBackwards(from: skipAsideBackwards(from: verb - 1, floor: range.lowerBound),
                                                  floor: range.lowerBound)
            // "I laughed and said": past the first verb of two joined by "and".
            if let end = subjectEnd, end - 2 >= range.lowerBound, tokens[end].lowered == "and", tokens[end - 1].isWord,
               !tokens[end - 1].isCapitalized {
                subjectEnd = skipAdverbsBackwards(from: end - 2, floor: range.lowerBound)
            }
            if let subject = subjectEnd.flatMap({ end in
                tokens[end].text == "," ? self.subject(in: range.lowerBound..<(end + 1))
                    : parser.mention(endingAt: end, floor: range.lowerBound)
            }) {
                return outerClause(reporting: subject, in: range, evidence: evidence)
                    ?? attribution(subject, cue: cue.text, evidence: evidence)
            }
            if ReportingVerbs.invertible.contains(tokens[verb].lowered),
               let object = parser.mention(startingAt: cue.next, limit: range.upperBound) {
                return attribution(object, cue: cue.text, evidence: evidence)
            }
        }
        // With no reporting verb of its own, the owner of a reporting noun speaks ("her comment
        // that “…”"), or the sentence's subject when a participle ("…, saying, “…”") or a colon
        // ("X was conclusive in its findings: “…”") leads in.
        if let owner { return attribution(owner.mention, cue: owner.noun, evidence: evidence) }
        let lastToken = range.isEmpty ? nil : tokens[range.upperBound - 1].text
        let endsWithColon = lastToken == ":"
        // "Trump issued a statement, “…": a reporting noun leading into the quote.
        let leadsInWithNoun = (lastToken == "," || endsWithColon)
            && range.contains { tokens[$0].isWord && ReportingVerbs.nounForms.contains(tokens[$0].lowered) }
        guard participle != nil || endsWithColon || leadsInWithNoun, let subject = sentenceSubject(in: range) else { return nil }
        return attribution(subject, cue: participle?.text, evidence: evidence)
    }

    /// The clause that reports a pronoun's clause: in "Lynch said she recalled thinking, “…”",
    /// the speaker is the one who said, not the "she" said of.
    private func outerClause(reporting subject: Range<Int>, in range: Range<Int>,
                             evidence: Attribution.Evidence) -> Attribution? {
        guard subject.count == 1, MentionLexicon.pronouns.contains(tokens[subject.lowerBound].lowered) else { return nil }
        var verb = subject.lowerBound - 1
        if verb >= range.lowerBound, tokens[verb].lowered == "that" { verb -= 1 }
        guard verb >= range.lowerBound, let cue = cue(at: verb, limit: range.upperBound),
              ReportingVerbs.isVerbForm(cue.text) else { return nil }
        return reportingClause(in: range.lowerBound..<(verb + 1), evidence: evidence)
    }

    /// The first mention of a clause, past a dateline ("PHILADELPHIA (AP) —") and an opening
    /// phrase that ends in a comma ("In a Fox interview later that day, Trump …").
    func sentenceSubject(in range: Range<Int>) -> Range<Int>? {
        let start = afterDateline(range)
        guard start < range.upperBound else { return nil }
        let first = tokens[start].lowered
        let opensWithPhrase = MentionLexicon.notNames.contains(first) && !MentionLexicon.determiners.contains(first)
            || MentionLexicon.prepositions.contains(first) || first.hasSuffix("ing")
            || !tokens[start].isCapitalized && !MentionLexicon.determiners.contains(first) && !MentionLexicon.pronouns.contains(first)
        var from = start
        if opensWithPhrase, let comma = tokens[start..<range.upperBound].firstIndex(where: { $0.text == "," }) {
            from = comma + 1
            // "In Salem, New Hampshire, Trump …": a place closing the phrase between commas.
            if let place = parser.mention(startingAt: from, limit: range.upperBound), tokens[from].isCapitalized,
               place.upperBound + 1 < range.upperBound, tokens[place.upperBound].text == ",",
               tokens[place.upperBound + 1].isCapitalized, !MentionLexicon.pronouns.contains(tokens[from].lowered) {
                from = place.upperBound + 1
            }
        }
        // The first name, pronoun or described speaker: "When he returned he began by saying".
        for index in from..<min(range.upperBound, from + Self.longestSubject) where tokens[index].isWord {
            let word = tokens[index].lowered
            guard tokens[index].isCapitalized || MentionLexicon.pronouns.contains(word)
                || MentionLexicon.determiners.contains(word) else { continue }
            if let mention = parser.mention(startingAt: index, limit: range.upperBound) { return mention }
        }
        return nil
    }

    /// An attribution resting on the mention `range`; a relative pronoun ("who") carries the
    /// name before it as its referent.
    func attribution(_ range: Range<Int>, cue: String?, evidence: Attribution.Evidence) -> Attribution {
        var result = Attribution(mention: parser.span(range), cue: cue, evidence: evidence)
        result.appositive = appositive(of: range)
        if range.count == 1, MentionLexicon.relatives.contains(tokens[range.lowerBound].lowered) {
            let before = range.lowerBound > 0 && tokens[range.lowerBound - 1].text == "," ? range.lowerBound - 2 : range.lowerBound - 1
            result.referent = parser.mention(endingAt: before, floor: 0).map(parser.span)
        }
        return result
    }

    /// The description set beside a name between commas: "Ryan Ellis, a Republican tax
    /// consultant, said", "said Grace Okafor, a structural engineer." or "the mayor, Elena
    /// Marsh, said". Relative clauses ("who …") and
    /// participles ("wearing …") describe no role and are left out.
    func appositive(of mention: Range<Int>) -> TextSpan? {
        func describes(_ range: Range<Int>) -> Bool {
            guard let first = range.first, range.count <= 8, tokens[range].allSatisfy(\.isWord) || tokens[range].contains(where: { $0.text == "-" }) else { return false }
            // Not a reporting verb ("the mayor, Elena Marsh, said"), and not an age ("King, 82,").
            guard !tokens[range].contains(where: { ReportingVerbs.contains($0.lowered) }),
                  tokens[first].text.unicodeScalars.contains(where: \.isLetter) else { return false }
            let word = tokens[first].lowered
            return MentionLexicon.determiners.contains(word) && !MentionLexicon.relatives.contains(word)
                || !tokens[first].isCapitalized && !word.hasSuffix("ing") && !MentionLexicon.functionWords.contains(word)
                    && !MentionLexicon.relatives.contains(word) && !MentionLexicon.prepositions.contains(word)
        }
        if mention.upperBound < tokens.count, tokens[mention.upperBound].text == ",",
           let close = tokens[(mention.upperBound + 1)..<min(tokens.count, mention.upperBound + 10)].firstIndex(where: { !$0.isWord }),
           tokens[close].text == "," || tokens[close].isSentenceEnd, describes((mention.upperBound + 1)..<close) {
            return parser.span((mention.upperBound + 1)..<close)
        }
        if mention.lowerBound >= 2, tokens[mention.lowerBound - 1].text == "," {
            var start = mention.lowerBound - 1
            while start > 0, mention.lowerBound - start <= 9, tokens[start - 1].isWord { start -= 1 }
            let range = start..<(mention.lowerBound - 1)
            if !range.isEmpty, ["a", "an", "the"].contains(tokens[start].lowered), describes(range) {
                return parser.span(range)
            }
        }
        return nil
    }

    /// Whether the reporting verb at `index` is a participle whose subject lies further back:
    /// an -ing form not led by "is", "was"….
    private func isParticiple(_ index: Int, floor: Int) -> Bool {
        guard tokens[index].lowered.hasSuffix("ing") else { return false }
        guard let before = skipAdverbsBackwards(from: index - 1, floor: floor) else { return true }
        return !MentionLexicon.progressiveAuxiliaries.contains(tokens[before].lowered)
    }

    /// The owner of a reporting noun at `index` ("her comment that", "Trump’s tweet:").
    private func possessor(ofNounAt index: Int, floor: Int) -> Range<Int>? {
        guard tokens[index].isWord, ReportingVerbs.nounForms.contains(tokens[index].lowered) else { return nil }
        for back in stride(from: index - 1, through: max(floor, index - 2), by: -1) where tokens[back].isWord {
            let word = tokens[back].lowered
            if MentionLexicon.possessives.contains(word) { return back..<(back + 1) }
            if tokens[back].isPossessive { return parser.mention(endingAt: back, floor: floor) }
        }
        return nil
    }

    /// The first token after a dateline that opens the range ("PHILADELPHIA (AP) —").
    private func afterDateline(_ range: Range<Int>) -> Int {
        var index = range.lowerBound
        while index < range.upperBound, tokens[index].isWord, tokens[index].text.count > 1,
              tokens[index].text == tokens[index].text.uppercased() {
            index += 1
        }
        guard index > range.lowerBound else { return range.lowerBound }
        if index < range.upperBound, tokens[index].text == "(",
           let close = tokens[index..<range.upperBound].firstIndex(where: { $0.text == ")" }) {
            index = close + 1
        }
        guard index < range.upperBound, tokens[index].text.unicodeScalars.first!.isDash || tokens[index].text == ","
        else { return range.lowerBound }
        return index + 1
    }

    /// A run of capitalized words and a colon filling the whole clause before the quote.
    func label(in range: Range<Int>) -> Range<Int>? {
        guard range.count >= 2, tokens[range.upperBound - 1].text == ":" else { return nil }
        let words = range.lowerBound..<(range.upperBound - 1)
        if words.count <= 6, let mention = parser.mention(startingAt: words.lowerBound, limit: words.upperBound),
           mention.upperBound == words.upperBound, tokens[mention.lowerBound].isCapitalized {
            return mention
        }
        // "… - More from Jones:", "… - Philip Bump:": a name after a dash or "from".
        guard let mention = parser.mention(endingAt: words.upperBound - 1, floor: words.lowerBound),
              tokens[mention.lowerBound].isCapitalized, mention.lowerBound > words.lowerBound else { return nil }
        let before = tokens[mention.lowerBound - 1]
        return before.text.unicodeScalars.first!.isDash || before.lowered == "from" ? mention : nil
    }

    /// A reporting verb or "according to" at `index`, and the index after it.
    func cue(at index: Int, limit: Int) -> (text: String, next: Int)? {
        guard index < limit, tokens[index].isWord else { return nil }
        let word = tokens[index].lowered
        let next = index + 1 < limit ? tokens[index + 1].lowered : nil
        if word == "according", next == "to" { return ("according to", index + 2) }
        // "as X puts it"
        if word == "put" || word == "puts", next == "it" { return (tokens[index].text + " it", index + 2) }
        // Phrasal reporting verbs: "points out", "went on".
        if ReportingVerbs.phrasalVerbs.contains(word), let particle = ReportingVerbs.phrasal[word], next == particle {
            return (tokens[index].text + " " + particle, index + 2)
        }
        guard ReportingVerbs.contains(word), !isNoun(index), index == 0 || tokens[index - 1].lowered != "to" else { return nil }
        // "continued:" reports; "will continue to be" does not.
        if ReportingVerbs.leadingOnly.contains(word), index + 1 < limit, tokens[index + 1].isWord { return nil }
        return (tokens[index].text, index + 1)
    }

    /// Whether a word that can be a noun is one here: after a determiner or possessive,
    /// perhaps with one word between ("the caustic chant").
    private func isNoun(_ index: Int) -> Bool {
        guard ReportingVerbs.nounForms.contains(tokens[index].lowered) else { return false }
        for back in stride(from: index - 1, through: max(0, index - 2), by: -1) {
            guard tokens[back].isWord else { return false }
            let word = tokens[back].lowered
            if MentionLexicon.determiners.contains(word) || MentionLexicon.possessives.contains(word) || tokens[back].isPossessive {
                return true
            }
        }
        return false
    }

    /// Appositives and asides are at most this many tokens long.
    static let longestAppositive = 25

    /// Before the adverbs, auxiliaries and words of time that end at `index` ("also",
    /// "erroneously", "later Thursday"); a capitalized "Will" is a name, not a verb.
    private func skipAdverbsBackwards(from index: Int, floor: Int) -> Int? {
        var index = index
        while index >= floor, tokens[index].isWord {
            let word = tokens[index].lowered
            let isAdverb = MentionLexicon.adverbsAndAuxiliaries.contains(word) && !tokens[index].isCapitalized
                || MentionLexicon.timeWords.contains(word) || word.hasSuffix("ly") && !tokens[index].isCapitalized
            guard isAdverb else { break }
            index -= 1
        }
        return index >= floor ? index : nil
    }

    /// Before a bracketed aside that ends at `index` ("Gwen Moore (D-Wis.) said").
    private func skipAsideBackwards(from index: Int, floor: Int) -> Int {
        guard index >= floor, tokens[index].text == ")" else { return index }
        var open = index - 1
        while open > floor, index - open <= Self.longestAppositive, tokens[open].text != "(" { open -= 1 }
        return open > floor && tokens[open].text == "(" ? open - 1 : index
    }
}
