import VerbatimCore

/// How `compare --all`'s verdicts agree with pairs labelled by hand: for each verdict, how
/// many labelled pairs got it and how many of those deserved it (precision), and how many
/// pairs deserved it and got it (recall).
public struct ComparisonEvaluation {
    /// What the comparison said of one labelled pair.
    public struct Outcome: Sendable {
        public var pair: LabelledPair
        /// The verdict given: the later occurrence's in a group holding both (judged against the
        /// earlier one when the group judged it against another), else nil (not judged the same
        /// quotation).
        public var found: QuoteVerdict?
        public var referenceText: String?
        public var occurrenceText: String?
    }

    public private(set) var outcomes: [Outcome] = []

    /// How a later occurrence is judged against an earlier one directly, when its group judged
    /// it against another (nil when the matcher does not judge it there).
    public typealias Judge = (_ later: QuoteOccurrence, _ earlier: QuoteOccurrence) -> QuoteVerdict?

    /// `matcher`'s own judgement of a later quote against an earlier one: the earlier quote
    /// traced in its article, with every rule a verdict follows (the same occasion, a quote of
    /// a quote, the confidence).
    public static func judge(with matcher: QuoteMatcher) -> Judge {
        { later, earlier in
            guard let id = earlier.quote, let traced = try? matcher.trace(quote: id, against: earlier.article) else { return nil }
            return traced.first { $0.article == later.article && $0.span == later.span }?.verdict
        }
    }

    /// Scores `groups` (of the session's `articles`, as `QuoteMatcher.groups()` gives them);
    /// a pair whose later occurrence the group judged against another is judged by `judge`.
    public init(pairs: [LabelledPair], groups: [[QuoteOccurrence]], articles: [Article], judge: Judge? = nil) {
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
                // Judged against another occurrence (the group's reference): judged again against
                // the pair's earlier one, as the pair was labelled.
                if later.occurrence.reference != earlier.place, [.verbatim, .variant, .altered, .trimmed, .extended].contains(found),
                   let direct = judge?(later.occurrence, earlier.occurrence) {
                    found = direct
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
