import Foundation
import VerbatimCore

/// One pair of occurrences of (supposedly) one quotation, labelled by hand for
/// `compare-eval`: where each lies, whether they are the same statement, and the verdict the
/// later one deserves against the earlier.
public struct LabelledPair: Hashable, Sendable {
    /// Where an occurrence lies: its article's export name (a corpus record's id, a file's
    /// name without extension) and a span of code points in the article's text.
    public struct Place: Hashable, Sendable {
        public var article: String
        public var span: TextSpan
    }

    public var number: Int
    /// The earlier occurrence, the one the other is judged against.
    public var reference: Place
    public var occurrence: Place
    /// The verdict the occurrence deserves; nil when the two are not the same statement.
    public var verdict: QuoteVerdict?

    /// The pairs of a labels file: tab-separated columns pair, a_file, a_start, a_end, b_file,
    /// b_start, b_end, same (yes or no), verdict (a verdict's name, or `different`) and a note;
    /// a header line first, and lines starting with # are comments.
    public static func read(_ text: String, file: String) throws -> [LabelledPair] {
        var pairs: [LabelledPair] = []
        var sawHeader = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            guard sawHeader else {
                sawHeader = true
                continue
            }
            func problem(_ message: String) -> LabelledPairError { LabelledPairError(file: file, line: index + 1, message: message) }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 9 else { throw problem("expected 9 or 10 tab-separated fields, found \(fields.count)") }
            func whole(_ field: Int) throws -> Int {
                guard let value = Int(fields[field]), value >= 0 else {
                    throw problem("field \(field + 1) must be a whole number, not \"\(fields[field])\"")
                }
                return value
            }
            func place(_ first: Int) throws -> Place {
                let start = try whole(first + 1), end = try whole(first + 2)
                guard start < end else { throw problem("a span must end after it starts (\(start)–\(end))") }
                return Place(article: fields[first], span: TextSpan(start, end))
            }
            let same = fields[7]
            guard same == "yes" || same == "no" else { throw problem("same must be yes or no, not \"\(same)\"") }
            let verdict = QuoteVerdict(rawValue: fields[8])
            guard same == "no" ? fields[8] == "different" : verdict != nil && verdict != .original && verdict != .missing
                && verdict != .possible else {
                throw problem("verdict \"\(fields[8])\" does not fit same=\(same)")
            }
            pairs.append(LabelledPair(number: try whole(0), reference: try place(1), occurrence: try place(4),
                                      verdict: same == "yes" ? verdict : nil))
        }
        return pairs
    }
}

/// A line of a labels file that could not be read.
public struct LabelledPairError: Error, LocalizedError, Sendable {
    public var file: String
    public var line: Int
    public var message: String
    public var errorDescription: String? { "\(file):\(line): \(message)" }
}
