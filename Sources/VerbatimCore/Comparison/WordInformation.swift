/// How much a word tells about which quotation it is in: a rare word ("deplorables") much, a
/// common one ("the", "over", "again") little, as measured by how often English uses it
/// (`WordFrequencies`). Two texts sharing only common words ("over and over again", "do the
/// right thing") share no evidence of being one quotation.
enum WordInformation {
    /// The information of a lowercase word form: 7 less its Zipf value (log10 of uses per
    /// billion words), so "the" gives 0, "again" 1.3 and "firewalls" 4.3; a word rarer than
    /// once per million, or unknown, gives `rare`.
    static func of(_ form: String) -> Float {
        guard let zipf = zipfValues[form] else { return rare }
        return max(0, 7 - zipf)
    }

    /// The information of a word used less than once per million words.
    static let rare: Float = 4.5

    /// Zipf values by word, read from `WordFrequencies.table` on first use.
    private static let zipfValues: [String: Float] = {
        var values: [String: Float] = [:]
        values.reserveCapacity(30_000)
        for line in WordFrequencies.table.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard let first = fields.first, let tenfold = Float(first) else { continue }
            for word in fields.dropFirst() { values[String(word)] = tenfold / 10 }
        }
        return values
    }()
}
