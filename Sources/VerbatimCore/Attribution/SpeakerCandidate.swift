/// One answer to "who said this quote?" that `SpeakerChooser` weighs: a mention with the
/// attribution it would give, or no speaker at all.
public struct SpeakerCandidate: Sendable {
    /// The attribution the quote takes when this candidate is chosen; nil for "no speaker".
    public var attribution: Attribution?
    /// What the model weighs: where the mention stands, what kind of words it is, which hand
    /// rule proposed it ("r.clauseAfter", "w.before.d0", "t.pronoun", "cue.after" …).
    public var features: [String]

    public init(attribution: Attribution?, features: [String]) {
        self.attribution = attribution
        self.features = features
    }
}
