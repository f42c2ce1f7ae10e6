/// Names the speaker of every quotation, in text order.
///
/// A named mention becomes a speaker entity ("Secretary of State Antony Blinken" is Antony
/// Blinken, role Secretary of State; a later "Blinken" is the same entity). A pronoun takes the
/// last named speaker that fits (a person for "he" and "she", an organisation for "they"). A
/// quote with no attribution of its own takes the one of the quote it continues, of the quote
/// before it in the same paragraph, of a speaker label opening the previous paragraph, or of
/// the previous paragraph's quote when it opens its paragraph (a follow-on quote).
public struct SpeakerResolver: ExtractionStage {
    public var name: String { "speakers" }

    public init() {}

    public func process(_ document: inout Document) {
        let fullNames = fullNamesBySurname(in: document)
        var recentPeople: [String] = []
        var recentOrganizations: [String] = []
        for index in document.quotes.indices where document.quotes[index].kind.isSpeech {
            if document.quotes[index].attribution == nil {
                document.quotes[index].attribution = carriedOver(to: index, in: document)
            }
            guard var attribution = document.quotes[index].attribution,
                  attribution.evidence != .carriedOver, let mention = attribution.mention else { continue }
            switch SpeakerName(Tokenizer.tokens(of: document.text, in: mention)) {
            case .pronoun(let pronoun):
                attribution.speaker = pronoun == "they" || pronoun == "we" ? recentOrganizations.last : recentPeople.last
            case .person(var name, var role):
                if !name.contains(" "), let full = fullNames[name] {
                    name = full.name
                    role = role ?? full.role
                }
                let entry = SpeakerDirectory.add(
                    Speaker(name: name, roles: role.map { [$0] } ?? []), to: &document.speakers)
                attribution.speaker = document.speakers[entry].name
                recentPeople.append(document.speakers[entry].name)
            case .organization(let name):
                let entry = SpeakerDirectory.add(Speaker(name: name, isOrganization: true), to: &document.speakers)
                attribution.speaker = document.speakers[entry].name
                recentOrganizations.append(document.speakers[entry].name)
            case .description:
                attribution.speaker = nil
            }
            document.quotes[index].attribution = attribution
        }
        settleNames(in: &document)
    }

    /// The first full name (two words or more) the text gives for each surname, with its role:
    /// a quote attributed to "Blinken" belongs to the "Antony Blinken" named earlier.
    func fullNamesBySurname(in document: Document) -> [String: (name: String, role: String?)] {
        var names: [String: (name: String, role: String?)] = [:]
        for tokens in document.paragraphTokens {
            let parser = MentionParser(tokens: tokens)
            for index in tokens.indices.dropFirst() where tokens[index].isCapitalized && tokens[index - 1].isCapitalized {
                if index + 1 < tokens.count, tokens[index + 1].isCapitalized { continue }
                guard let mention = parser.mention(endingAt: index, floor: 0),
                      case .person(let name, let role) = SpeakerName(Array(tokens[mention])),
                      name.contains(" "), names[tokens[index].text] == nil else { continue }
                names[tokens[index].text] = (name, role)
            }
        }
        return names
    }

    /// The attribution a quote without one of its own takes from its neighbours.
    func carriedOver(to index: Int, in document: Document) -> Attribution? {
        let quote = document.quotes[index]
        let earlier = document.quotes[..<index].filter { $0.kind.isSpeech }
        func carried(_ source: QuoteCandidate?) -> Attribution? {
            guard var attribution = source?.attribution else { return nil }
            attribution.evidence = .carriedOver
            return attribution
        }
        if quote.continuesPrevious, let previous = earlier.last {
            return carried(previous)
        }
        if let sameParagraph = earlier.last(where: { $0.paragraph == quote.paragraph }) {
            return carried(sameParagraph)
        }
        let paragraph = document.paragraphs[quote.paragraph]
        guard quote.span.start == paragraph.start, quote.paragraph > 0 else { return nil }
        let previousParagraph = quote.paragraph - 1
        if let label = label(openingParagraph: previousParagraph, in: document) {
            return label
        }
        return carried(earlier.last { $0.paragraph == previousParagraph })
    }

    /// A speaker label such as "State Department:" at the start of a paragraph, resolved.
    private func label(openingParagraph paragraph: Int, in document: Document) -> Attribution? {
        let tokens = document.paragraphTokens[paragraph]
        guard let colon = tokens.prefix(8).firstIndex(where: { $0.text == ":" }) else { return nil }
        let finder = ClauseFinder(tokens: tokens, quotes: [], paragraph: paragraph)
        guard let label = finder.label(in: 0..<(colon + 1)) else { return nil }
        let mention = MentionParser(tokens: tokens).span(label)
        return Attribution(mention: mention, speaker: nil, cue: nil, evidence: .label)
    }

    /// Gives every quote its speaker's final canonical name and counts the quotes per speaker.
    private func settleNames(in document: inout Document) {
        for index in document.speakers.indices { document.speakers[index].quoteCount = 0 }
        for index in document.quotes.indices {
            guard let name = document.quotes[index].attribution?.speaker,
                  let entry = SpeakerDirectory.match(name, in: document.speakers) else { continue }
            document.quotes[index].attribution?.speaker = document.speakers[entry].name
            document.speakers[entry].quoteCount += 1
        }
        document.speakers.removeAll { $0.quoteCount == 0 }
    }
}
