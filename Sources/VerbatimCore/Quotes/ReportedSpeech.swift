/// Finds the reporting clause of the sentence a short quote stands in, for quoted words that
/// are part of reported speech rather than the writer's distance from them (Cruz called Trump
/// a "pathological liar" who is "utterly amoral"; Clinton is describing as “unhinged” a tweet).
/// The clause is read from the start of the sentence, past the quotes before this one, so
/// every quote of a list a reporting verb leads into belongs to it. Each quote costs at most
/// one sentence's tokens (`ClauseFinder.longestSentence`), so a paragraph costs time in
/// proportion to its quotes.
struct ReportedSpeech {
    let tokens: [Token]
    private var finder: ClauseFinder { ClauseFinder(tokens: tokens) }

    init(tokens: [Token]) { self.tokens = tokens }

    /// The attribution of the sentence that reports `quote`: a reporting verb before the quote
    /// in its sentence with its subject, or, when the verb has no subject of its own (an -ing
    /// form, an infinitive: "took to Twitter to accuse"), the sentence's subject. Nil when no
    /// reporting verb stands before the quote in its sentence, or when the quote modifies the
    /// word after it (the “sham” elections), which makes it a scare quote even in reported speech.
    func clause(reporting quote: QuoteCandidate) -> Attribution? {
        let start = finder.firstToken(startingAtOrAfter: quote.span.start)
        guard endsPhrase(after: quote) else { return nil }
        let sentence = finder.sentence(endingAt: start)
        if let clause = finder.reportingClause(in: sentence, evidence: .clauseBefore), clause.mention != nil,
           clause.cue.map(isLowercase) ?? true {
            return clause
        }
        guard let verb = sentence.reversed().first(where: isReportingVerb),
              let subject = finder.sentenceSubject(in: sentence.lowerBound..<verb) else { return nil }
        return finder.attribution(subject, cue: tokens[verb].text, evidence: .clauseBefore)
    }

    /// Whether the token at `index` is a reporting verb with a speaker, an infinitive ("to
    /// accuse") included: not a word of a name (Secretary of State), a noun or adjective after a
    /// determiner, number or preposition (the charged term, 1,600 emails, from state to state).
    private func isReportingVerb(_ index: Int) -> Bool {
        guard tokens[index].isWord, isLowercase(tokens[index].text) else { return false }
        if index > 0 {
            let before = tokens[index - 1].lowered
            if MentionLexicon.determiners.contains(before) || MentionLexicon.possessives.contains(before)
                || before.first?.isNumber == true || before != "to" && ClosedClassWords.prepositions.contains(before) {
                return false
            }
        }
        if finder.cue(at: index, limit: tokens.count) != nil { return true }
        return index > 0 && tokens[index - 1].lowered == "to" && ReportingVerbs.contains(tokens[index].lowered)
            && !ReportingVerbs.nounForms.contains(tokens[index].lowered)
    }

    /// Whether a word (a cue's first) starts with a lowercase letter, as verbs inside a sentence do.
    private func isLowercase(_ word: String) -> Bool { word.unicodeScalars.first?.properties.isLowercase ?? false }

    /// Whether the quote ends its phrase: the sentence or a clause ends after it, or a little
    /// word (a preposition, conjunction, determiner, relative or auxiliary) follows it, as in
    /// accused of being “duped” by “a con”, but not in the “sham” elections.
    func endsPhrase(after quote: QuoteCandidate) -> Bool {
        let after = finder.firstToken(startingAtOrAfter: quote.span.end)
        let lastInside = finder.firstToken(startingAtOrAfter: quote.content.end) - 1
        guard after < tokens.count, tokens[after].isWord, lastInside < 0 || tokens[lastInside].isWord else { return true }
        let word = tokens[after].lowered
        return Self.phraseOpeners.contains(word) || ClosedClassWords.prepositions.contains(word)
            || MentionLexicon.functionWords.contains(word) || MentionLexicon.determiners.contains(word)
            || ClosedClassWords.conjunctions.contains(word) || ClosedClassWords.relatives.contains(word)
    }

    /// Words that open a new phrase after a quote and are in none of the closed classes used.
    static let phraseOpeners: WordSet = ["whom", "whose", "nor", "instead", "rather"]
}
