/// The people a text names, found in one pass over its tokens: the full names given for each
/// surname, the people named as the subject that opens a sentence, and what the text shows of
/// each one's gender (honorifics, and "He" or "She" opening the sentence after theirs).
struct PersonMentions {
    /// Grammatical gender, for resolving "he" and "she".
    enum Gender {
        case male, female

        init?(pronoun: String) {
            switch pronoun {
            case "he": self = .male
            case "she": self = .female
            default: return nil
            }
        }
    }

    /// The full names (two words or more) given for each surname, with their roles, in text
    /// order.
    private var fullNames: [String: [(offset: Int, name: String, role: String?)]] = [:]
    /// People named with a role ("Sen. Bernie Sanders", "former Florida Gov. Jeb Bush"), with
    /// the mention's words, in text order; read (`DescribedPeople`) only when a description is
    /// to be resolved.
    private(set) var rolesNamed: [(offset: Int, name: String, role: String, words: [Token])] = []
    /// People opening a sentence, by the offset of their mention, in text order.
    private(set) var subjects: [(offset: Int, name: String)] = []
    /// Evidence for each surname's gender: positive for male, negative for female.
    private var genderVotes: [Substring: Int] = [:]

    init(_ document: Document) {
        // The people named, each read once.
        var candidates: [(offset: Int, name: String, role: String?, opensSentence: Bool)] = []
        var sentencePronouns: [(offset: Int, gender: Gender)] = []
        for tokens in document.paragraphTokens {
            let parser = MentionParser(tokens: tokens)
            for index in tokens.indices where tokens[index].isCapitalized {
                let opensSentence = index == 0 || tokens[index - 1].isSentenceEnd
                if opensSentence, let gender = Gender(pronoun: tokens[index].lowered) {
                    sentencePronouns.append((tokens[index].span.start, gender))
                }
                // Only the last word of a name ends a mention ("Bill" is not one in "Bill de Blasio").
                if index + 1 < tokens.count, tokens[index + 1].isCapitalized { continue }
                // A sentence's opening "The", "But", "He" names nobody: no need to read it.
                if opensSentence, MentionLexicon.notNames.contains(tokens[index].lowered) { continue }
                if index + 2 < tokens.count, Self.nameParticles.contains(tokens[index + 1].lowered),
                   tokens[index + 2].isCapitalized { continue }
                guard let mention = parser.mention(endingAt: index, floor: 0) else { continue }
                // "Even Tomas Reyes agreed": adverbs before the name leave it the subject.
                var sentenceStart = mention.lowerBound
                while sentenceStart > 0, ClosedClassWords.adverbs.contains(tokens[sentenceStart - 1].lowered) { sentenceStart -= 1 }
                let opens = sentenceStart == 0 || tokens[sentenceStart - 1].isSentenceEnd
                let words = Array(tokens[mention])
                guard case .person(let name, let role) = SpeakerName(words) else { continue }
                if let gender = Self.honorificGender(words) { vote(gender, for: name) }
                candidates.append((tokens[mention.lowerBound].span.start, name, role, opens))
                if let role {
                    // "former" before a name describes the person as its capitalized "Former" does.
                    let tense = mention.lowerBound > 0 && DescribedPeople.tenseWords.contains(tokens[mention.lowerBound - 1].lowered)
                    let described = tense ? [tokens[mention.lowerBound - 1]] + words : words
                    rolesNamed.append((tokens[mention.lowerBound].span.start, name, role, described))
                }
            }
        }
        for (offset, name, role, _) in candidates where !SpeakerDirectory.isSingleWord(name) {
            let surname = String(SpeakerDirectory.lastWord(of: name))
            if fullNames[surname]?.last?.name != name {
                fullNames[surname, default: []].append((offset, name, role))
            }
        }
        for (offset, name, _, opensSentence) in candidates where opensSentence {
            if !SpeakerDirectory.isSingleWord(name) {
                subjects.append((offset, name))
            } else if let full = fullName(of: name, at: offset) {
                subjects.append((offset, full.name))
            }
        }
        for pronoun in sentencePronouns {
            if let subject = lastSubject(before: pronoun.offset) { vote(pronoun.gender, for: subject.name) }
        }
    }

    /// The full name a lone surname at `offset` stands for: the one given last before it (two
    /// Obamas may share an article), or else the first one given.
    func fullName(of surname: String, at offset: Int) -> (name: String, role: String?)? {
        guard let names = fullNames[surname] else { return nil }
        let chosen = names.last { $0.offset < offset } ?? names[0]
        return (chosen.name, chosen.role)
    }

    /// Lowercase words inside names ("Bill de Blasio", "Ludwig van Beethoven").
    private static let nameParticles: WordSet = MentionLexicon.connectors.subtracting(["of", "for", "the"])

    /// The gender the text shows for a person, if it shows one.
    func gender(of name: String) -> Gender? {
        switch genderVotes[SpeakerDirectory.lastWord(of: name), default: 0] {
        case 1...: .male
        case ..<0: .female
        default: nil
        }
    }

    /// The person who last opened a sentence before `offset`, with the mention's offset; with
    /// a gender, the last one that may have it.
    func lastSubject(before offset: Int, fitting gender: Gender? = nil) -> (offset: Int, name: String)? {
        subjects.last { $0.offset < offset && fits($0.name, gender) }
    }

    /// Whether a person may be the one a pronoun of `gender` stands for.
    func fits(_ name: String, _ gender: Gender?) -> Bool {
        guard let gender, let known = self.gender(of: name) else { return true }
        return known == gender
    }

    private mutating func vote(_ gender: Gender, for name: String) {
        genderVotes[SpeakerDirectory.lastWord(of: name), default: 0] += gender == .male ? 1 : -1
    }

    /// "Mr." and "Mrs.", "Ms." and "Miss" before a name.
    private static func honorificGender(_ words: [Token]) -> Gender? {
        switch words.first?.lowered {
        case "mr", "mr.": .male
        case "mrs", "mrs.", "ms", "ms.", "miss": .female
        default: nil
        }
    }
}
