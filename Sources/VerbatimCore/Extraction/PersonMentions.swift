/// The people a text names, found in one pass over its tokens: the full name given for each
/// surname, and the people named as the subject that opens a sentence.
struct PersonMentions {
    /// The first full name (two words or more) given for each surname, with its role.
    private(set) var fullNames: [String: (name: String, role: String?)] = [:]
    /// People opening a sentence, by the offset of their mention, in text order.
    private(set) var subjects: [(offset: Int, name: String)] = []

    init(_ document: Document) {
        var candidates: [(offset: Int, words: [Token], opensSentence: Bool)] = []
        for tokens in document.paragraphTokens {
            let parser = MentionParser(tokens: tokens)
            for index in tokens.indices where tokens[index].isCapitalized {
                if index + 1 < tokens.count, tokens[index + 1].isCapitalized { continue }
                guard let mention = parser.mention(endingAt: index, floor: 0) else { continue }
                let opens = mention.lowerBound == 0 || tokens[mention.lowerBound - 1].isSentenceEnd
                candidates.append((tokens[mention.lowerBound].span.start, Array(tokens[mention]), opens))
            }
        }
        for candidate in candidates {
            guard case .person(let name, let role) = SpeakerName(candidate.words), name.contains(" "),
                  case let surname = String(SpeakerDirectory.lastWord(of: name)), fullNames[surname] == nil else { continue }
            fullNames[surname] = (name, role)
        }
        for candidate in candidates where candidate.opensSentence {
            guard case .person(let name, _) = SpeakerName(candidate.words) else { continue }
            if name.contains(" ") {
                subjects.append((candidate.offset, name))
            } else if let full = fullNames[name] {
                subjects.append((candidate.offset, full.name))
            }
        }
    }

    /// The person who last opened a sentence before `offset`, with the mention's offset.
    func lastSubject(before offset: Int) -> (offset: Int, name: String)? {
        subjects.last { $0.offset < offset }
    }
}
