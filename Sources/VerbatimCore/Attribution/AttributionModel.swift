/// A linear model that scores the mentions a quote's speaker may be: the sum of the weights
/// of a candidate's features. Its weights are trained on gold attributions by the lab command
/// `train-attribution` (`Scripts/train-attribution.sh`); with no weights every candidate
/// scores 0 and the first one, the reporting clause's, is chosen.
public struct AttributionModel: Sendable {
    /// The weight of each feature; features missing from it weigh 0.
    public var weights: [String: Double]

    public init(weights: [String: Double] = [:]) { self.weights = weights }

    /// The model trained for the standard pipeline (`AttributionWeights.table`).
    public static let standard = AttributionModel(table: AttributionWeights.table)

    /// Reads weights written one per line as `FEATURE<TAB>WEIGHT`; lines starting with `#`
    /// and blank lines are skipped, and so is a line that does not parse.
    public init(table: String) {
        var weights: [String: Double] = [:]
        for line in table.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let weight = Double(fields[1]) else { continue }
            weights[String(fields[0])] = weight
        }
        self.weights = weights
    }

    /// The weights as `table` reads them, sorted by feature, zero weights left out.
    public var table: String {
        weights.filter { $0.value != 0 }.sorted { $0.key < $1.key }
            .map { "\($0.key)\t\(($0.value * 10_000).rounded() / 10_000)" }.joined(separator: "\n")
    }

    /// The score of a candidate with these features.
    public func score(_ features: [String]) -> Double {
        features.reduce(0) { $0 + (weights[$1] ?? 0) }
    }

    /// The index of the best-scoring candidate, the first of equals; nil when there is none.
    public func best(_ candidates: [SpeakerCandidate]) -> Int? {
        Self.highest(candidates.map { score($0.features) })
    }

    /// The index of the highest of `scores` (the first of equals), among those `allowed`.
    public static func highest(_ scores: [Double], among allowed: [Bool]? = nil) -> Int? {
        var best: Int?
        for index in scores.indices where allowed?[index] ?? true {
            if best == nil || scores[index] > scores[best!] { best = index }
        }
        return best
    }
}
