/// A linear model that scores the mentions a quote's speaker may be: the sum of the weights
/// of a candidate's features (`SpeakerFeature`). Its weights are trained on gold attributions
/// by the lab command `train-attribution` (`Scripts/train-attribution.sh`); with no weights
/// every candidate scores 0 and the first one, the reporting clause's, is chosen.
public struct AttributionModel: Sendable {
    /// The weight of each feature, by number.
    public private(set) var weights: [Double]

    /// A model with every weight 0.
    public init() { weights = Array(repeating: 0, count: SpeakerFeature.count) }

    /// A model with these weights, one per feature number.
    public init(weights: [Double]) {
        precondition(weights.count == SpeakerFeature.count, "one weight per feature")
        self.weights = weights
    }

    /// The model trained for the standard pipeline (`AttributionWeights.table`).
    public static let standard = AttributionModel(table: AttributionWeights.table)

    /// Reads weights written one per line as `FEATURE<TAB>WEIGHT`, lines ending in LF, CRLF or
    /// CR; blank lines, lines starting with `#`, lines that do not parse, weights that are not
    /// finite and features this program does not have are skipped.
    public init(table: String) {
        self.init()
        for line in Self.lines(of: table) {
            if let (number, weight) = Self.entry(line) { weights[number] = weight }
        }
    }

    /// The numbers (from 1) of the lines of `table` that `init(table:)` skips though they are
    /// neither blank nor comments: a stale weights file names features this program no longer
    /// has, and its weights are lost.
    public static func unreadLines(of table: String) -> [Int] {
        lines(of: table).enumerated().compactMap { index, line in
            line.isEmpty || line.hasPrefix("#") || entry(line) != nil ? nil : index + 1
        }
    }

    /// The lines of a table, ending in LF, CRLF or CR (or another line break); a CRLF is one
    /// break, as it is one Character. Read by Unicode scalar: the standard table is read at
    /// every start.
    private static func lines(of table: String) -> [Substring] {
        let scalars = table.unicodeScalars
        var lines: [Substring] = []
        var start = scalars.startIndex, index = start
        while index < scalars.endIndex {
            guard scalars[index].isNewline else {
                index = scalars.index(after: index)
                continue
            }
            lines.append(Substring(scalars[start..<index]))
            let isCarriageReturn = scalars[index] == "\r"
            index = scalars.index(after: index)
            if isCarriageReturn, index < scalars.endIndex, scalars[index] == "\n" { index = scalars.index(after: index) }
            start = index
        }
        lines.append(Substring(scalars[start...]))
        return lines
    }

    /// The feature number and weight a line sets, if it is a known feature with a finite weight.
    private static func entry(_ line: Substring) -> (Int, Double)? {
        let fields = line.split(separator: "\t")
        guard !line.hasPrefix("#"), fields.count == 2, let number = SpeakerFeature.layout.numbers[String(fields[0])],
              let weight = Double(fields[1]), weight.isFinite else { return nil }
        return (number, weight)
    }

    /// Whether any weight is set.
    public var isTrained: Bool { weights.contains { $0 != 0 } }

    /// The weights as `init(table:)` reads them, sorted by feature name, zero weights left out.
    public var table: String {
        zip(SpeakerFeature.names, weights).filter { $0.1 != 0 }.sorted { $0.0 < $1.0 }
            .map { "\($0.0)\t\(($0.1 * 10_000).rounded() / 10_000)" }.joined(separator: "\n")
    }

    /// The score of a candidate with these features.
    public func score(_ features: [Int]) -> Double {
        features.reduce(0) { $0 + weights[$1] }
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
