import VerbatimCore

/// Trains an `AttributionModel` as a ranking perceptron: for each example whose best-scoring
/// candidate is wrong, the best-scoring right candidate's features gain 1 and the chosen
/// one's lose 1; the weights returned are the average over every step, which generalises
/// better than the last ones. Examples are visited in a shuffled order fixed by `seed`, so a
/// run is reproducible.
public struct AveragedPerceptron: Sendable {
    /// How many passes over the examples.
    public var epochs: Int
    /// The seed of the order the examples are visited in.
    public var seed: UInt64

    /// A trainer making `epochs` passes in an order drawn from `seed`.
    public init(epochs: Int = 10, seed: UInt64 = 1) {
        self.epochs = epochs
        self.seed = seed
    }

    /// The averaged weights after `epochs` passes over `examples`; throws `CancellationError`
    /// when `isInterrupted` says so, checked before each pass.
    public func train(_ examples: [AttributionExamples.Example], isInterrupted: () -> Bool = { false }) throws -> AttributionModel {
        var weights = [Double](repeating: 0, count: SpeakerFeature.count)
        // The sum over steps of each update times the step it was made at, for the average.
        var weightedUpdates = weights
        var step = 1.0
        var order = Array(examples.indices)
        var generator = SplitMix64(seed: seed)
        for _ in 0..<epochs {
            if isInterrupted() { throw CancellationError() }
            order.shuffle(using: &generator)
            for index in order {
                let example = examples[index]
                let scores = example.features.map { $0.reduce(0) { $0 + weights[$1] } }
                guard let chosen = AttributionModel.highest(scores), !example.isRight[chosen],
                      let right = AttributionModel.highest(scores, among: example.isRight) else {
                    step += 1
                    continue
                }
                for feature in example.features[right] {
                    weights[feature] += 1
                    weightedUpdates[feature] += step
                }
                for feature in example.features[chosen] {
                    weights[feature] -= 1
                    weightedUpdates[feature] -= step
                }
                step += 1
            }
        }
        return AttributionModel(weights: zip(weights, weightedUpdates).map { weight, updates in weight - updates / step })
    }
}
