import Foundation

/// Names the speaker of every quotation, in text order.
///
/// A named mention becomes a speaker entity ("Secretary of State Antony Blinken" is Antony
/// Blinken, role Secretary of State; a later "Blinken" is the same entity, and so is a lone
/// "Blinken" when the text names Antony Blinken anywhere). "he" and "she" take the person last
/// named, as a speaker or as the subject opening a sentence, whose gender the text does not
/// contradict (Mr., Ms., a "She" opening the next sentence); "they" and "it" the last
/// organisation; "I" stays unnamed (it is usually the writer). A quote with no attribution of
/// its own takes the one of the quote it continues, of the quote before it in the same
/// paragraph, of a reporting clause in the sentence before it, of a speaker label opening the
/// previous paragraph, of the previous paragraph's quote when it opens its paragraph (a
/// follow-on quote), or of a reporting clause closing the previous paragraph ("Caddell
/// continued:").
public struct SpeakerResolver: ExtractionStage {
    public var name: String { "speakers" }

    public init() {}

    public func process(_ document: inout Document) {
        let people = PersonMentions(document)
        var recentPeople: [(offset: Int, name: String)] = []
        var recentOrganizations: [String] = []
        var previousSpeech: Int?
        for index in document.quotes.indices where document.quotes[index].kind.isSpeech {
            defer { previousSpeech = index }
            if document.quotes[index].attribution == nil {
                document.quotes[index].attribution = carriedOver(
                    to: document.quotes[index], previous: previousSpeech.map { document.quotes[$0] }, in: document)
            }
            guard var attribution = document.quotes[index].attribution,
                  attribution.evidence != .carriedOver, let mention = attribution.mention else { continue }
            switch SpeakerName(Tokenizer.tokens(of: document.text, in: attribution.referent ?? mention)) {
            case .pronoun(let pronoun):
                if pronoun == "i" {
                    attribution.speaker = nil
                } else if pronoun == "they" || pronoun == "we" || pronoun == "it" {
                    attribution.speaker = recentOrganizations.last
                } else {
                    let gender = PersonMentions.Gender(pronoun: pronoun)
                    let subject = people.lastSubject(before: mention.start, fitting: gender)
                    let speaker = recentPeople.last { people.fits($0.name, gender) }
                    attribution.speaker = (subject?.offset ?? -1) > (speaker?.offset ?? -1) ? subject?.name : speaker?.name
                    if let name = attribution.speaker { SpeakerDirectory.add(Speaker(name: name), to: &document.speakers) }
                }
            case .person(var name, var role):
                var aliases: [String] = []
                if !name.contains(" "), let full = people.fullName(of: name, at: mention.start) {
                    aliases = [name]
                    name = full.name
                    role = role ?? full.role
                }
                var speaker = Speaker(name: name, aliases: aliases)
                for found in [role, attribution.appositive.flatMap { Self.role(from: $0, in: document.text) }] {
                    if let found { speaker.addRole(found) }
                }
                let entry = SpeakerDirectory.add(speaker, to: &document.speakers)
                attribution.speaker = document.speakers[entry].name
                recentPeople.append((mention.start, document.speakers[entry].name))
            case .organization(let name):
                let entry = SpeakerDirectory.add(Speaker(name: name, isOrganization: true), to: &document.speakers)
                attribution.speaker = document.speakers[entry].name
                recentOrganizations.append(document.speakers[entry].name)
            case .description:
                attribution.speaker = nil
            }
            document.quotes[index].attribution = attribution
        }
        attributeOpeningParagraphs(in: &document)
        settleNames(in: &document)
    }

    /// A quote of several paragraphs attributed only in a later paragraph: its earlier
    /// paragraphs take that attribution.
    private func attributeOpeningParagraphs(in document: inout Document) {
        for index in document.quotes.indices.dropLast().reversed()
        where document.quotes[index].attribution == nil && document.quotes[index + 1].continuesPrevious
            && document.quotes[index].kind.isSpeech {
            document.quotes[index].attribution = document.quotes[index + 1].attribution
            document.quotes[index].attribution?.evidence = .carriedOver
        }
    }

    /// A description as a role: "a Republican tax consultant" is "Republican tax consultant";
    /// nil unless it is a noun phrase ("however" and "clearly frustrated" are not roles).
    static func role(from span: TextSpan, in text: ScalarText) -> String? {
        let words = Tokenizer.tokens(of: text, in: span)
        let start = words.first.map { ["a", "an", "the"].contains($0.lowered) } == true ? 1 : 0
        let role = words.dropFirst(start)
        guard ClosedClassWords.isNounPhrase(role.filter(\.isWord).map(\.text)) else { return nil }
        return role.map(\.text).joined(separator: " ").replacingOccurrences(of: " - ", with: "-")
    }

    /// The attribution a quote without one of its own takes from its neighbours; `previous`
    /// is the last quotation of speech before it.
    func carriedOver(to quote: QuoteCandidate, previous: QuoteCandidate?, in document: Document) -> Attribution? {
        func carried(_ source: QuoteCandidate?) -> Attribution? {
            guard var attribution = source?.attribution else { return nil }
            attribution.evidence = .carriedOver
            return attribution
        }
        if quote.continuesPrevious || previous?.paragraph == quote.paragraph {
            return carried(previous)
        }
        let tokens = document.paragraphTokens[quote.paragraph]
        let finder = ClauseFinder(tokens: tokens)
        let quoteStart = finder.firstToken(startingAtOrAfter: quote.span.start)
        if quoteStart > 0 {
            let sentenceBefore = finder.sentence(endingAt: tokens[quoteStart - 1].isSentenceEnd ? quoteStart - 1 : quoteStart)
            return finder.reportingClause(in: sentenceBefore, evidence: .earlierClause)
        }
        guard quote.paragraph > 0 else { return nil }
        let previousParagraph = quote.paragraph - 1
        if let label = label(openingParagraph: previousParagraph, in: document) {
            return label
        }
        if previous?.paragraph == previousParagraph {
            return carried(previous)
        }
        let previousClauses = ClauseFinder(tokens: document.paragraphTokens[previousParagraph])
        return previousClauses.reportingClause(in: previousClauses.lastSentence, evidence: .earlierClause)
    }

    /// A speaker label such as "State Department:" at the start of a paragraph, resolved.
    private func label(openingParagraph paragraph: Int, in document: Document) -> Attribution? {
        let tokens = document.paragraphTokens[paragraph]
        guard let colon = tokens.prefix(8).firstIndex(where: { $0.text == ":" }) else { return nil }
        let finder = ClauseFinder(tokens: tokens)
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
