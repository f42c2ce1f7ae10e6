/// Finds the words that name a speaker next to a reporting verb, in a paragraph's tokens.
///
/// A mention is a pronoun ("he", and "who" reading backwards), a run of capitalized words that
/// may hold connectors and titles ("Secretary of State Antony Blinken", "the State
/// Department"), a name with a few lowercase words describing it ("election lawyer Joe
/// Birkenstock"), or a short described speaker opened by a determiner or a possessive name
/// ("a spokesman", "Obama's former campaign strategist").
struct MentionParser {
    let tokens: [Token]

    /// The token range of a mention that starts at `index`, reading forwards.
    func mention(startingAt index: Int, limit: Int) -> Range<Int>? {
        guard index < limit, tokens[index].isWord else { return nil }
        let word = tokens[index].lowered
        if ClosedClassWords.pronoun(word) != nil { return index..<(index + 1) }
        if tokens[index].isCapitalized {
            var end = index + 1
            while end < limit, tokens[end].isWord {
                if tokens[end].isCapitalized, !Self.isVerb(tokens[end]) {
                    end += 1
                } else if MentionLexicon.connectors.contains(tokens[end].lowered),
                          end + 1 < limit, tokens[end + 1].isCapitalized {
                    end += 2
                } else {
                    break
                }
            }
            if !opensDescription(index..<end, limit: limit), let name = trimmedName(index..<end) { return name }
            guard MentionLexicon.determiners.contains(word) else { return nil }
        }
        // "former Utah governor Michael Leavitt", "election lawyer Joe Birkenstock": a few
        // lowercase words describing the name that follows.
        var nameStart = index
        while nameStart < limit, nameStart - index < 4, tokens[nameStart].isWord, !tokens[nameStart].isCapitalized,
              !ReportingVerbs.contains(tokens[nameStart].lowered), !MentionLexicon.determiners.contains(tokens[nameStart].lowered),
              !MentionLexicon.prepositions.contains(tokens[nameStart].lowered) {
            nameStart += 1
        }
        if nameStart > index, nameStart < limit, tokens[nameStart].isCapitalized,
           let name = mention(startingAt: nameStart, limit: limit), name.count >= 2 {
            return index..<name.upperBound
        }
        if MentionLexicon.determiners.contains(word) {
            var end = index + 1
            while end < limit, end - index <= 4, tokens[end].isWord,
                  !ReportingVerbs.contains(tokens[end].lowered),
                  !MentionLexicon.connectors.contains(tokens[end].lowered),
                  !MentionLexicon.functionWords.contains(tokens[end].lowered) {
                end += 1
            }
            return end - index >= 2 ? index..<end : nil
        }
        return nil
    }

    /// The token range of a mention that ends at `index`, reading backwards.
    func mention(endingAt index: Int, floor: Int) -> Range<Int>? {
        guard index >= floor, tokens[index].isWord else { return nil }
        let word = tokens[index].lowered
        if ClosedClassWords.pronoun(word) != nil { return index..<(index + 1) }
        if tokens[index].isCapitalized {
            var start = index
            while start > floor, tokens[start - 1].isWord {
                let previous = tokens[start - 1]
                if previous.isCapitalized, !Self.isVerb(previous) {
                    start -= 1
                } else if MentionLexicon.connectors.contains(previous.lowered), start - 2 >= floor,
                          tokens[start - 2].isCapitalized {
                    start -= 2
                } else {
                    break
                }
            }
            return trimmedName(start..<(index + 1))
        }
        if MentionLexicon.relatives.contains(word) { return index..<(index + 1) }
        // A described speaker: up to four lowercase words back to a determiner.
        guard !MentionLexicon.functionWords.contains(word) else { return nil }
        var start = index
        while start > floor, index - start < 4, tokens[start - 1].isWord {
            start -= 1
            if MentionLexicon.determiners.contains(tokens[start].lowered) { return start..<(index + 1) }
            // "Obama's former campaign strategist": the owner's name opens the description.
            if tokens[start].isPossessive {
                return (mention(endingAt: start, floor: floor)?.lowerBound ?? start)..<(index + 1)
            }
            if MentionLexicon.functionWords.contains(tokens[start].lowered) { break }
        }
        // A bare plural opening the clause ("officials said").
        let opensClause = index == floor || !tokens[index - 1].isWord
        guard opensClause, word.hasSuffix("s"), word.count > 3,
              !MentionLexicon.adverbsAndAuxiliaries.contains(word) else { return nil }
        return index..<(index + 1)
    }

    /// A capitalized reporting verb ends a name ("Francois Hollande Says"); "State" does not.
    static func isVerb(_ token: Token) -> Bool {
        ReportingVerbs.contains(token.lowered) && !MentionLexicon.isTitle(token.lowered)
            && !ReportingVerbs.nounForms.contains(token.lowered)
    }

    /// Whether capitalized words opened by a quantifier describe a group or a person rather
    /// than name one: a lowercase noun follows them ("Another Clinton ally", "Some Clinton
    /// backers"). "The" stays with the names it opens ("The State Department").
    private func opensDescription(_ run: Range<Int>, limit: Int) -> Bool {
        let first = tokens[run.lowerBound].lowered
        guard ClosedClassWords.quantifiers.contains(first), !MentionLexicon.notNames.contains(first),
              run.upperBound < limit else { return false }
        let next = tokens[run.upperBound]
        return next.isWord && !next.isCapitalized && !ReportingVerbs.contains(next.lowered)
            && !MentionLexicon.functionWords.contains(next.lowered) && !MentionLexicon.adverbsAndAuxiliaries.contains(next.lowered)
    }

    /// The range without leading words that start sentences but name nobody ("Meanwhile"), nor
    /// prepositions, adverbs, imperatives, quantifiers and contractions before a name ("With
    /// Trump", "Even Lindsey Graham", "See Sexton’s", "Both Bolton", "Here’s Clinton"). Alone,
    /// such a word may be a surname ("From said") or stand for a speaker ("Another tweeted").
    private func trimmedName(_ range: Range<Int>) -> Range<Int>? {
        var start = range.lowerBound
        while start < range.upperBound, MentionLexicon.notNames.contains(tokens[start].lowered)
                || start + 1 < range.upperBound && ClosedClassWords.opensNoName(tokens[start].lowered) {
            start += 1
        }
        var end = range.upperBound
        while end > start, MentionLexicon.connectors.contains(tokens[end - 1].lowered) { end -= 1 }
        return start < end ? start..<end : nil
    }

    /// The span of the text a token range covers.
    func span(_ range: Range<Int>) -> TextSpan {
        TextSpan(tokens[range.lowerBound].span.start, tokens[range.upperBound - 1].span.end)
    }
}
