import Foundation

/// Names the speaker of every quotation, in text order, from the mention `SpeakerChooser` chose.
///
/// A named mention becomes a speaker entity ("Secretary of State Antony Blinken" is Antony
/// Blinken, role Secretary of State; a later "Blinken" is the same entity, and so is a lone
/// "Blinken" when the text names Antony Blinken anywhere). "he" and "she" take the person last
/// named, as a speaker or as the subject opening a sentence, whose gender the text does not
/// contradict (Mr., Ms., a "She" opening the next sentence); "they" and "it" the last
/// organisation; "I" stays unnamed (it is usually the writer); a definite description ("the
/// Vermont senator") takes the last person named with a role holding its last word ("Sen.
/// Bernie Sanders"). A quote whose attribution is
/// carried over from an earlier quote takes that quote's speaker; the earlier paragraphs of a
/// quote attributed only in a later one take its attribution.
public struct SpeakerResolver: ExtractionStage {
    public var name: String { "speakers" }

    public init() {}

    public func process(_ document: inout Document) {
        let people = PersonMentions(document)
        lazy var describedPeople = DescribedPeople(people.rolesNamed)
        var recentPeople: [(offset: Int, name: String)] = []
        var recentOrganizations: [String] = []
        // The speaker each mention was resolved to, for the quotes that carry it over.
        var speakerByMention: [TextSpan: String] = [:]
        for index in document.quotes.indices where document.quotes[index].kind.isSpeech {
            guard var attribution = document.quotes[index].attribution, let mention = attribution.mention else { continue }
            if attribution.evidence == .carriedOver {
                document.quotes[index].attribution?.speaker = speakerByMention[mention]
                continue
            }
            defer { if let name = document.quotes[index].attribution?.speaker { speakerByMention[mention] = name } }
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
                if SpeakerDirectory.isSingleWord(name), let full = people.fullName(of: name, at: mention.start) {
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
                let words = Tokenizer.tokens(of: document.text, in: mention)
                attribution.speaker = describedPeople.person(describedAs: words, before: mention.start)
                if let name = attribution.speaker { SpeakerDirectory.add(Speaker(name: name), to: &document.speakers) }
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
