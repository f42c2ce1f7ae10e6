/// The words of a quote as compared across sources: lowercased, with quote marks, punctuation
/// and spacing dropped and apostrophes made alike ("Kremlin’s" and "Kremlin's" are one word).
public enum QuoteWords {
    public static func of(_ text: String) -> [String] {
        let scalars = ScalarText(text)
        return Tokenizer.tokens(of: scalars, in: TextSpan(0, scalars.count)).compactMap { token in
            guard token.isWord else { return nil }
            var word = String.UnicodeScalarView()
            for scalar in token.lowered.unicodeScalars {
                word.append(scalar.value == 0x2019 ? "'" : scalar)
            }
            return String(word)
        }
    }

    /// How alike two word sequences are, from 0 to 1: twice their longest common subsequence
    /// over their total length.
    public static func similarity(_ first: [String], _ second: [String]) -> Double {
        guard !first.isEmpty || !second.isEmpty else { return 1 }
        var previous = [Int](repeating: 0, count: second.count + 1)
        var current = previous
        for word in first {
            for (index, other) in second.enumerated() {
                current[index + 1] = word == other ? previous[index] + 1 : max(previous[index + 1], current[index])
            }
            swap(&previous, &current)
        }
        return 2 * Double(previous[second.count]) / Double(first.count + second.count)
    }
}
