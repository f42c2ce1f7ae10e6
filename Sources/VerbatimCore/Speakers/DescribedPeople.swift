/// The people a text names with a role, grouped for resolving definite descriptions ("the
/// Vermont senator", "the Republican nominee") in time that does not grow with every earlier
/// person: people described by the same words share a group, and a description reads only the
/// groups holding its last word, each by a binary search for the last one named before it.
struct DescribedPeople {
    /// What the words before a name say of the person: the role's title words and all the words
    /// before the name ("Former Florida Gov." Jeb Bush), lowercased, abbreviations written out.
    private struct Description: Hashable {
        let title: Set<String>
        let words: Set<String>
    }

    /// The people described alike, in text order, each with the index of the last one before it
    /// of another name (-1 when none), so whether two people fit is read at once.
    private struct Group {
        var people: [(offset: Int, name: String, previousOtherName: Int)] = []

        /// The index of the last person named before `offset`, or -1.
        func last(before offset: Int) -> Int { people.partitionIndex { $0.offset >= offset } - 1 }
    }

    private var groups: [Description: Group] = [:]
    /// The descriptions holding each word, each once.
    private var descriptionsByWord: [String: [Description]] = [:]

    /// Groups the people named with a role, given in text order.
    init(_ rolesNamed: [(offset: Int, name: String, role: String, words: [Token])]) {
        for person in rolesNamed {
            let nameWords = Set(person.name.lowercased().split(separator: " ").map(String.init))
            let before = person.words.filter(\.isWord).map(\.lowered).filter { !nameWords.contains($0) }
            let description = Description(title: Self.words(of: person.role.lowercased().split(separator: " ")), words: Self.words(of: before))
            if groups[description] == nil {
                for word in description.words { descriptionsByWord[word, default: []].append(description) }
            }
            var group = groups[description, default: Group()]
            let previousOtherName = group.people.last.map { $0.name == person.name ? $0.previousOtherName : group.people.count - 1 } ?? -1
            group.people.append((person.offset, person.name, previousOtherName))
            groups[description] = group
        }
    }

    /// The person a definite description stands for: among the people named before `offset`
    /// with a role that holds the description's last word and no title word the description
    /// lacks but "former" and the like ("the president" is not Vice President Joe Biden), and
    /// no "former" or the like before the name the description lacks ("the president" is not
    /// former President Bill Clinton), the
    /// one whose words share most of it, the last named of equals ("the vice president" is
    /// Biden, not President Obama). A description with a word no role explains ("the former
    /// Florida governor") names someone only when one person alone has such a role. Nil when
    /// nobody fits.
    func person(describedAs words: [Token], before offset: Int) -> String? {
        guard words.count >= 2, words[0].lowered == "the", let head = words.last(where: \.isWord)?.lowered else { return nil }
        let described = Set(words.filter(\.isWord).map(\.lowered))
        let allowed = described.union(Self.tenseWords)
        var fitting: [(description: Description, person: (offset: Int, name: String, previousOtherName: Int))] = []
        // A former president is not "the president": a word of when the role was held that the
        // description lacks rules the person out.
        for description in descriptionsByWord[head] ?? []
        where description.title.isSubset(of: allowed) && description.words.intersection(Self.tenseWords).isSubset(of: described) {
            guard let group = groups[description] else { continue }
            let last = group.last(before: offset)
            if last >= 0 { fitting.append((description, group.people[last])) }
        }
        func shared(_ entry: (description: Description, person: (offset: Int, name: String, previousOtherName: Int))) -> Int {
            entry.description.words.intersection(described).count
        }
        guard let best = fitting.max(by: { (shared($0), $0.person.offset) < (shared($1), $1.person.offset) }) else { return nil }
        let unexplained = described.subtracting(["the"]).subtracting(Self.tenseWords).subtracting(best.description.words)
        let onePerson = fitting.allSatisfy { $0.person.name == best.person.name && $0.person.previousOtherName < 0 }
        guard unexplained.isEmpty || onePerson else { return nil }
        return best.person.name
    }

    /// Words of a role that say when it was held, which a description may leave out.
    static let tenseWords: Set<String> = ["former", "then", "current", "acting", "outgoing", "incoming"]

    /// Words lowercased, with abbreviated titles written out.
    private static func words<Words: Sequence>(of words: Words) -> Set<String> where Words.Element: StringProtocol {
        Set(words.map { abbreviations[String($0)] ?? String($0) })
    }

    /// Titles as news abbreviates them, written out.
    private static let abbreviations = [
        "sen.": "senator", "sen": "senator", "rep.": "representative", "rep": "representative", "gov.": "governor",
        "gov": "governor", "pres.": "president", "lt.": "lieutenant", "gen.": "general", "sec.": "secretary",
    ]
}
