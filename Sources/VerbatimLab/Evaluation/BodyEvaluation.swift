/// Scores article bodies extracted from web pages by the article-extraction benchmark's metric
/// (shared/docs/article-body-evaluation.md): 4-word shingles of `\w+` tokens as multisets, per
/// page precision and recall, averaged over pages, and F1 of the two averages.
public struct BodyEvaluation: Sendable {
    /// One page's score.
    public struct Page: Sendable {
        public var name: String
        public var precision: Double?
        public var recall: Double
        public var f1: Double {
            guard let precision, precision + recall > 0 else { return 0 }
            return 2 * precision * recall / (precision + recall)
        }
    }

    public private(set) var pages: [Page] = []

    public init() {}

    /// Scores one page's extracted text against its true body.
    public mutating func add(name: String, extracted: String, truth: String) {
        let predicted = Self.shingles(extracted), expected = Self.shingles(truth)
        var truePositives = 0
        for (shingle, count) in predicted { truePositives += min(count, expected[shingle] ?? 0) }
        let predictedTotal = predicted.values.reduce(0, +), expectedTotal = expected.values.reduce(0, +)
        pages.append(Page(name: name, precision: predictedTotal == 0 ? nil : Double(truePositives) / Double(predictedTotal),
                          recall: expectedTotal == 0 ? 0 : Double(truePositives) / Double(expectedTotal)))
    }

    /// The mean precision over pages with an extraction.
    public var precision: Double {
        let scored = pages.compactMap(\.precision)
        return scored.isEmpty ? 0 : scored.reduce(0, +) / Double(scored.count)
    }

    /// The mean recall over all pages.
    public var recall: Double { pages.isEmpty ? 0 : pages.map(\.recall).reduce(0, +) / Double(pages.count) }

    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// The multiset of 4-token shingles (one shingle for a text of fewer than four tokens).
    static func shingles(_ text: String) -> [String: Int] {
        let tokens = self.tokens(text)
        var counts: [String: Int] = [:]
        guard !tokens.isEmpty else { return counts }
        guard tokens.count >= 4 else {
            counts[tokens.joined(separator: " ")] = 1
            return counts
        }
        for start in 0...(tokens.count - 4) { counts[tokens[start..<(start + 4)].joined(separator: " "), default: 0] += 1 }
        return counts
    }

    /// Maximal runs of word characters (letters, digits, marks, underscore), case kept.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil || scalar == "_"
                || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark {
                current.append(scalar)
            } else if !current.isEmpty {
                tokens.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }
}
