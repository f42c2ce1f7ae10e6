/// One answer to "who said this quote?" that `SpeakerChooser` weighs: a mention with the
/// attribution it would give, or no speaker at all.
public struct SpeakerCandidate: Sendable {
    /// The attribution the quote takes when this candidate is chosen; nil for "no speaker".
    public var attribution: Attribution?
    /// What the model weighs, by `SpeakerFeature` number: where the mention stands, what kind
    /// of words it is, which hand rule proposed it.
    public var features: [Int]

    /// A candidate giving `attribution` (nil for "no speaker"), weighed by `features`.
    public init(attribution: Attribution?, features: [Int]) {
        self.attribution = attribution
        self.features = features
    }
}
