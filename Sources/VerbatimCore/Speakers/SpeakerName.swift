/// What the words of a speaker mention say about the speaker.
enum SpeakerName: Hashable {
    /// "he", "she", "they": to be resolved to an earlier speaker.
    case pronoun(String)
    /// A person, with the role written before the name ("Secretary of State").
    case person(name: String, role: String?)
    /// An organisation ("State Department").
    case organization(String)
    /// A speaker described but not named ("a spokesman").
    case description

    /// What kind of speaker a mention's words name, read without building the name.
    enum Kind {
        case pronoun(String), person, organization, description

        init<Words: BidirectionalCollection<Token>>(_ tokens: Words) {
            guard let first = tokens.first else {
                self = .description
                return
            }
            if tokens.count == 1, let pronoun = ClosedClassWords.pronoun(first.lowered) {
                self = .pronoun(pronoun)
                return
            }
            guard first.isCapitalized, let last = tokens.last(where: \.isWord) else {
                self = .description
                return
            }
            let isOneWord = tokens.lazy.filter(\.isWord).count == 1
            if MentionLexicon.organizationWords.contains(last.lowered) || isOneWord && SpeakerName.isAcronym(last.text) {
                self = .organization
                return
            }
            // A name ends with a capitalized word: "The Florida senator" and "Obama's former
            // campaign strategist" describe a speaker, and so does a lone "Another" or "Likewise".
            guard last.isCapitalized, !isOneWord || !ClosedClassWords.namesNobodyAlone(last.lowered) else {
                self = .description
                return
            }
            self = .person
        }
    }

    /// Reads a mention's tokens.
    init(_ tokens: [Token]) {
        switch Kind(tokens) {
        case .pronoun(let pronoun):
            self = .pronoun(pronoun)
            return
        case .description:
            self = .description
            return
        case .organization:
            self = .organization(Self.join(tokens.filter(\.isWord)))
            return
        case .person:
            break
        }
        let words = tokens.filter(\.isWord)
        // The name starts after its owner's possessive ("NBC’s Chuck Todd" is Chuck Todd).
        var nameStart = words.count
        while nameStart > 0, words[nameStart - 1].isCapitalized, !MentionLexicon.isTitle(words[nameStart - 1].lowered),
              nameStart == words.count || !words[nameStart - 1].isPossessive {
            nameStart -= 1
        }
        guard nameStart < words.count else {
            self = .person(name: Self.join(words), role: nil)
            return
        }
        // The role is the run of title words just before the name; other words before it
        // (another name, a place) are not part of it.
        var roleStart = nameStart
        while roleStart > 0, MentionLexicon.isTitle(words[roleStart - 1].lowered) { roleStart -= 1 }
        var roleWords = Array(words[roleStart..<nameStart])
        while let edge = roleWords.last, MentionLexicon.connectors.contains(edge.lowered) { roleWords.removeLast() }
        while let edge = roleWords.first, MentionLexicon.connectors.contains(edge.lowered) { roleWords.removeFirst() }
        let isHonorific = roleWords.allSatisfy { MentionLexicon.honorifics.contains($0.lowered) }
        self = .person(name: Self.properCase(Self.join(words[nameStart...])), role: isHonorific ? nil : Self.join(roleWords))
    }

    /// The words as a name, without a possessive ending ("Trump’s" is Trump).
    private static func join<Words: Sequence<Token>>(_ words: Words) -> String {
        var name = words.map(\.text).joined(separator: " ")
        if name.utf8.last == UInt8(ascii: "s"), name.hasSuffix("’s") || name.hasSuffix("'s") { name.removeLast(2) }
        return name
    }

    /// A name written in capitals, as in transcripts ("ELENA MARSH"), in ordinary case.
    private static func properCase(_ name: String) -> String {
        // Cheap tests first: most names have a lowercase letter.
        guard !name.unicodeScalars.contains(where: { $0.isLetter && !$0.isUppercaseLetter }), name.unicodeScalars.count > 4,
              name == name.uppercased() else { return name }
        return name.lowercased().split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// "FBI", "NATO", "U.N.": a short word in capitals; longer ones are names in capitals, as
    /// transcripts write them ("PENCE").
    static func isAcronym(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy { $0.isUppercaseLetter || $0.value == 0x2E }
            && (2...4).contains(word.unicodeScalars.lazy.filter(\.isLetter).count)
    }
}
