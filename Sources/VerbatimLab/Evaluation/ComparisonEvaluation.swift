import VerbatimCore

/// How `compare --all`'s verdicts agree with pairs labelled by hand: for each verdict, how
/// many labelled pairs got it and how many of those deserved it (precision), and how many
/// pairs deserved it and got it (recall).
public struct ComparisonEvaluation {
    /// What the comparison said of one labelled pair.
    public struct Outcome: Sendable {
        public var pair: LabelledPair
        /// The verdict given: the later occurrence's in a group holding both (its words judged
        /// against the earlier's when the group judged them against another), else nil (not
        /// judged the same quotation).
        public var found: QuoteVerdict?
        public var referenceText: String?
        public var occurrenceText: String?
    }

    public private(set) var outcomes: [Outcome] = []

    /// Scores `groups` (of the session's `articles`, as `QuoteMatcher.groups()` gives them).
    public init(pairs: [LabelledPair], groups: [[QuoteOccurrence]], articles: [Article]) {
        let names = Dictionary(articles.map { ($0.id, $0.exportName) }, uniquingKeysWith: { first, _ in first })
        var places: [String: [(group: Int, place: Int, occurrence: QuoteOccurrence)]] = [:]
        for (group, occurrences) in groups.enumerated() {
            for (place, occurrence) in occurrences.enumerated() {
                places[names[occurrence.article] ?? occurrence.article, default: []].append((group, place, occurrence))
            }
        }
        func find(_ place: LabelledPair.Place) -> (group: Int, place: Int, occurrence: QuoteOccurrence)? {
            places[place.article]?.first { $0.occurrence.span.start < place.span.end && place.span.start < $0.occurrence.span.end }
        }
        outcomes = pairs.map { pair in
            let reference = find(pair.reference), occurrence = find(pair.occurrence)
            var found: QuoteVerdict?
            if let reference, let occurrence, reference.group == occurrence.group, reference.place != occurrence.place {
                let (earlier, later) = occurrence.place > reference.place ? (reference, occurrence) : (occurrence, reference)
                found = later.occurrence.verdict
                // Judged against another occurrence (the group's reference): its words against the
                // pair's earlier one, as the pair was labelled.
                if later.occurrence.reference != earlier.place, [.verbatim, .variant, .altered, .trimmed, .extended].contains(found) {
                    found = QuoteOccurrence(comparing: later.occurrence.text, against: earlier.occurrence.text).verdict
                }
            }
            return Outcome(pair: pair, found: found, referenceText: reference?.occurrence.text, occurrenceText: occurrence?.occurrence.text)
        }
    }

    /// The verdicts scored one by one, in this order.
    public static let verdicts: [QuoteVerdict] = [.altered, .trimmed, .extended, .unquoted, .misattributed, .verbatim, .variant,
                                                  .repeat, .possible]

    /// Per verdict: pairs given it, right among them, pairs that deserve it, found among them.
    public func counts(_ verdict: QuoteVerdict) -> (given: Int, right: Int, deserved: Int, found: Int) {
        let given = outcomes.filter { $0.found == verdict }
        let deserved = outcomes.filter { $0.pair.verdict == verdict }
        return (given.count, given.filter { $0.pair.verdict == verdict }.count, deserved.count, deserved.filter { $0.found == verdict }.count)
    }

    /// The same counts for the accusatory verdicts together: given one, given the right one;
    /// deserving one, given the right one.
    public var accusatory: (given: Int, right: Int, deserved: Int, found: Int) {
        let given = outcomes.filter { $0.found?.isAccusatory == true }
        let deserved = outcomes.filter { $0.pair.verdict?.isAccusatory == true }
        return (given.count, given.filter { $0.pair.verdict == $0.found }.count, deserved.count,
                deserved.filter { $0.pair.verdict == $0.found }.count)
    }

    /// The outcomes that accuse wrongly or miss a deserved accusation.
    public var errors: [Outcome] {
        outcomes.filter { outcome in
            (outcome.found?.isAccusatory == true || outcome.pair.verdict?.isAccusatory == true) && outcome.found != outcome.pair.verdict
        }
    }
}
