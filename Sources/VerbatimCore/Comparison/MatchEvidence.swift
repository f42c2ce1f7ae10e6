/// What a verdict rests on: the words an occurrence shares with the one it is judged against,
/// how much they tell, and how sure the match is.
public struct MatchEvidence: Hashable, Sendable {
    /// The shared words that tell most which quotation it is, rarest first (at most five).
    public var rareWords: [String]
    /// How much the words shared in runs of two or more tell together (`WordInformation`:
    /// 7 less each word's Zipf value, so about 4 for a rare word and 0 for "the").
    public var information: Double
    /// The share of the shorter text's words that the other has in order.
    public var coverage: Double

    /// Whether the occurrence's article shares another quotation, matched with confidence on
    /// its own, with the reference's article or one quoting the reference's words exactly: two
    /// stories of one event.
    public var isCorroborated = false

    /// Whether the two occurrences are given to the same person, to different people, or
    /// either to nobody named.
    public var speakers = Speakers.unknown

    /// How two occurrences' speakers compare.
    public enum Speakers: String, Hashable, Sendable {
        case same, different, unknown
    }

    /// How sure the match is, from 0 to 1: the information shared over `certainInformation`,
    /// at most 1, counted twice when the two articles share another quotation
    /// (`isCorroborated`) and twice again when both give the words to the same person at the
    /// same time. A few everyday words shared ("a lot worse") give little; a sentence of its
    /// own words, 1.
    public var confidence: Double {
        min(1, (isCorroborated ? 2 : 1) * (speakers == .same ? 2 : 1) * information / Self.certainInformation)
    }

    /// The information shared that makes a match certain: a sentence's worth of words of
    /// its own, such as "the piers are failing faster than anyone expected" (about 14).
    public static let certainInformation = 15.0

    /// The evidence of `alignment` between `reference` and `other`.
    init(_ alignment: [WordDiff.Alignment], reference: WordSequence, other: WordSequence) {
        var shared: [(form: String, information: Float)] = []
        let forms = reference.forms()
        for run in alignment where run.operation == .equal && run.from.count >= 2 {
            for offset in run.from {
                shared.append((forms[forms.startIndex + offset], reference.information[reference.information.startIndex + offset]))
            }
        }
        information = Double(shared.reduce(0) { $0 + $1.information })
        rareWords = []
        for word in shared.sorted(by: { $0.information > $1.information }) where !rareWords.contains(word.form) {
            rareWords.append(word.form)
            if rareWords.count == 5 { break }
        }
        let shorter = min(reference.keys.count, other.keys.count)
        let inOrder = alignment.reduce(0) { $0 + ($1.operation == .equal ? $1.from.count : 0) }
        coverage = shorter == 0 ? 0 : Double(inOrder) / Double(shorter)
    }
}
