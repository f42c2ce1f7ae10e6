/// The features `AttributionModel` weighs, numbered so that scoring a candidate adds up array
/// entries rather than hashing strings. A feature is a template filled with values ("where the
/// mention stands, how far from the quote, what kind of words it is"); each has a name for the
/// weights table, such as `w.b.d0.name` (a name just before the quote) or `r.after.partial` (a
/// reporting clause after a partial quote).
public enum SpeakerFeature {
    /// Who proposed a candidate, or where its mention stands.
    enum Source: Int, CaseIterable, Sendable {
        /// The reporting clause the `Attributor` found.
        case rule
        /// The attribution carried over from the quote's neighbours.
        case carried
        /// A mention in the quote's sentence before it, after it, in the sentence before, or in
        /// the previous paragraph's last sentence.
        case before, after, previousSentence, previousParagraph
        /// No speaker.
        case nobody

        var name: String { ["r", "c", "w.b", "w.a", "w.p", "w.pp", "none"][rawValue] }
    }

    /// What kind of words a mention is.
    enum MentionType: Int, CaseIterable, Sendable {
        case relative, firstPerson, pronoun, name, organization, description

        var name: String { ["relative", "i", "pronoun", "name", "organization", "description"][rawValue] }
    }

    /// A template: its name with `%` for each value, and the kinds of its values.
    enum Template: Int, CaseIterable {
        case source, sourceEvidence, sourceEvidenceKind, type, sourceType, samePrevious, carriedAlone
        case noneWords, noneRule, noneCarried
        case distance, distanceType, sourceKind, first, firstType, leadIn, leadInType
        case cueAfter, sourceCueAfter, sourceCueAfterType, cueWord, cueBefore, sourceCueBefore
        case preposition, parenthesis, afterWord, possessive
        case verbCue, distanceCueAfter, distanceCueBefore, quoteOpens, quoteEnd
        case capitals, length, verbLike, sourceCueWord, prepositionCue

        var format: (String, [Dimension]) {
            switch self {
            case .source: ("%", [.source])
            case .sourceEvidence: ("%.%", [.source, .evidence])
            case .sourceEvidenceKind: ("%.%.k.%", [.source, .evidence, .kind])
            case .type: ("t.%", [.type])
            case .sourceType: ("%.t.%", [.source, .type])
            case .samePrevious: ("%.samePrevious", [.source])
            case .carriedAlone: ("c.alone.%", [.bool])
            case .noneWords: ("none.words%", [.bucket])
            case .noneRule: ("none.rule.%", [.bool])
            case .noneCarried: ("none.carried.%", [.bool])
            case .distance: ("%.d%", [.source, .bucket])
            case .distanceType: ("%.d%.%", [.source, .bucket, .type])
            case .sourceKind: ("%.k.%", [.source, .kind])
            case .first: ("%.first", [.source])
            case .firstType: ("%.first.%", [.source, .type])
            case .leadIn: ("%.leadIn%", [.source, .leadIn])
            case .leadInType: ("%.leadIn.%", [.source, .type])
            case .cueAfter: ("cue.after", [])
            case .sourceCueAfter: ("%.cue.after", [.source])
            case .sourceCueAfterType: ("%.cue.after.%", [.source, .type])
            case .cueWord: ("cue.%", [.cue])
            case .cueBefore: ("cue.before", [])
            case .sourceCueBefore: ("%.cue.before", [.source])
            case .preposition: ("%.prep", [.source])
            case .parenthesis: ("paren", [])
            case .afterWord: ("%.afterWord", [.source])
            case .possessive: ("possessive", [])
            case .verbCue: ("%.%.verb.%", [.source, .evidence, .bool])
            case .distanceCueAfter: ("%.d%.cue.after", [.source, .bucket])
            case .distanceCueBefore: ("%.d%.cue.before", [.source, .bucket])
            case .quoteOpens: ("%.opensParagraph.%", [.source, .bool])
            case .quoteEnd: ("%.quoteEnds%", [.source, .ending])
            case .capitals: ("%.capitals", [.source])
            case .length: ("%.words%.%", [.source, .bucket, .type])
            case .verbLike: ("%.verbLike", [.source])
            case .sourceCueWord: ("%.cue.%", [.source, .cue])
            case .prepositionCue: ("%.prep.cue.after", [.source])
            }
        }
    }

    /// The kinds of values templates are filled with, and their names.
    enum Dimension {
        case source, evidence, kind, type, bucket, bool, leadIn, cue, ending

        var names: [String] {
            switch self {
            case .source: Source.allCases.map(\.name)
            case .evidence: Attribution.Evidence.allCases.map(SpeakerFeature.name)
            case .kind: QuoteKind.allCases.map(\.rawValue)
            case .type: MentionType.allCases.map(\.name)
            case .bucket: ["0", "1", "2", "3", "6", "11"]
            case .bool: ["no", "yes"]
            case .leadIn: [",", ":"]
            case .cue: SpeakerFeature.cueWords
            case .ending: QuoteEnding.allCases.map(\.name)
            }
        }
    }

    /// How a quote's words end: with a comma (“…,” he said), a sentence mark, or neither.
    enum QuoteEnding: Int, CaseIterable {
        case comma, sentenceMark, other

        var name: String { [",", ".", "-"][rawValue] }

        init(_ last: Unicode.Scalar?) {
            self = last?.value == 0x2C ? .comma : last?.isSentenceEnd == true ? .sentenceMark : .other
        }
    }

    /// The first words of cues, which the `cue.WORD` features name.
    static let cueWords: [String] = Array(ReportingVerbs.forms.union(ReportingVerbs.phrasal.keys)
        .union(["according", "put", "puts"])).sorted()

    /// Every feature's number and name, template by template.
    struct Layout: Sendable {
        /// The name of each feature, by number.
        let names: [String]
        /// The number of each feature, by name.
        let numbers: [String: Int]
        /// The number of a template's first feature.
        let bases: [Int]
        /// The sizes of each template's dimensions.
        let sizes: [[Int]]
        /// The value of each of `cueWords` in the `cue.WORD` template, by word.
        let cueNumbers: [String: Int]

        init() {
            var names: [String] = [], bases: [Int] = [], sizes: [[Int]] = []
            for template in Template.allCases {
                let (format, dimensions) = template.format
                bases.append(names.count)
                sizes.append(dimensions.map { $0.names.count })
                var filled = [format]
                for dimension in dimensions {
                    filled = filled.flatMap { partial in
                        dimension.names.map { value in
                            let slot = partial.firstIndex(of: "%")!
                            return partial[..<slot] + value + partial[partial.index(after: slot)...]
                        }
                    }
                }
                names += filled
            }
            self.names = names
            self.bases = bases
            self.sizes = sizes
            numbers = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            cueNumbers = Dictionary(uniqueKeysWithValues: cueWords.enumerated().map { ($1, $0) })
        }

        /// The number of a template's feature with these values.
        func number(_ template: Template) -> Int { bases[template.rawValue] }

        func number(_ template: Template, _ first: Int) -> Int { bases[template.rawValue] + first }

        func number(_ template: Template, _ first: Int, _ second: Int) -> Int {
            bases[template.rawValue] + first * sizes[template.rawValue][1] + second
        }

        func number(_ template: Template, _ first: Int, _ second: Int, _ third: Int) -> Int {
            let sizes = sizes[template.rawValue]
            return bases[template.rawValue] + (first * sizes[1] + second) * sizes[2] + third
        }
    }

    static let layout = Layout()

    /// How many features there are.
    public static var count: Int { layout.names.count }

    /// The name of each feature, by number.
    public static var names: [String] { layout.names }

    /// The value of an evidence in the `.evidence` dimension: its place among `allCases`, the
    /// order the dimension's names are in.
    static func index(_ evidence: Attribution.Evidence) -> Int { Attribution.Evidence.allCases.firstIndex(of: evidence)! }

    /// The value of a quote kind in the `.kind` dimension: its place among `allCases`.
    static func index(_ kind: QuoteKind) -> Int { QuoteKind.allCases.firstIndex(of: kind)! }

    /// The name of an evidence in feature names.
    static func name(_ evidence: Attribution.Evidence) -> String {
        switch evidence {
        case .clauseAfter: "after"
        case .clauseBefore: "before"
        case .label: "label"
        case .earlierClause: "earlier"
        case .carriedOver: "carried"
        case .embeddedPost: "post"
        }
    }

    /// A count in a few ranges: 0, 1, 2, 3–5, 6–10, 11 or more.
    static func bucket(_ count: Int) -> Int {
        switch count {
        case ..<3: max(0, count)
        case 3...5: 3
        case 6...10: 4
        default: 5
        }
    }
}
