import Foundation
import VerbatimCore

/// `verbatim batch judge`: pairs of quotations in, the verdict on each pair's words out, as a
/// stream: what `diff` and `compare`'s `wording` column give (verbatim, variant, altered,
/// trimmed, extended), by the same code.
///
/// Each input line is a JSON object {"reference": R, "quote": Q} (and an optional "id"), R and
/// Q each a quotation record (an object with "text", such as `batch extract` writes, whose
/// "article" and "quote" name it) or the words themselves as a string. What `compare` adds
/// from the articles (unquoted, misattributed, possible, repeat) needs the articles: `batch
/// compare`.
public struct BatchJudgement {
    /// Whether the first bad pair stops the run (status 1).
    public var isStrict = false
    /// What standard input is called in errors and in the names of its pairs.
    public var standardInputName = "standard input"

    /// The columns written, one record per pair: id (the pair's own, or FILE:LINE), reference
    /// and quote (ARTICLE#N for a record with both, else null), verdict, similarity, changes
    /// and diff as `compare` writes them.
    public static let columns = ["id", "reference", "quote", "verdict", "similarity", "changes", "diff"]

    /// The longest input line read.
    static let longestLine = 16 * 1_048_576
    /// The most code points a side of a pair may have: far more than any quotation, and a
    /// bound on the memory its words and their alignment take.
    public static let longestQuotation = 100_000

    public init() {}

    /// What the run did, for the closing status line.
    public struct Summary: Sendable, Equatable {
        public var pairs = 0
        public var skippedPairs = 0
        public var failedInputs = 0
        public var stoppedEarly = false

        public var status: Int32 { BatchLines.status(failedInputs: failedInputs, stoppedEarly: stoppedEarly) }

        /// "judged 12 pairs; 1 pair skipped".
        public var statusLine: String {
            BatchLines.statusLine("judged \(pairs) pair\(pairs == 1 ? "" : "s")", skipped: skippedPairs, unit: "pair", stoppedEarly: stoppedEarly)
        }
    }

    /// Reads `inputs` in turn ("-", or none, for standard input), writing a record per pair
    /// through `write` and problems through `report`.
    public func run(_ inputs: [String], write: ([UInt8]) -> Void, report: (String) -> Void) -> Summary {
        let lines = BatchLines(isStrict: isStrict, standardInputName: standardInputName, longestLine: Self.longestLine)
        let counts = lines.run(inputs, report: report) { bytes, label throws(BatchLines.Problem) in
            let row = try Self.row(bytes, label: label)
            write(TableRenderer().renderedBytes(Table(columns: Self.columns, rows: [row]), as: .jsonl, neutralisingFormulas: false))
        }
        return Summary(pairs: counts.taken, skippedPairs: counts.skipped, failedInputs: counts.failedInputs, stoppedEarly: counts.stoppedEarly)
    }

    /// The record judging the pair a line holds, named `label` unless it has an id.
    private static func row(_ bytes: [UInt8], label: String) throws(BatchLines.Problem) -> [Value] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) else { throw BatchLines.Problem(reason: "is not JSON") }
        guard let pair = object as? [String: Any] else { throw BatchLines.Problem(reason: "is not a JSON object") }
        let (reference, referenceName) = try quotation(pair["reference"], field: "reference")
        let (quote, quoteName) = try quotation(pair["quote"], field: "quote")
        let judged = QuoteOccurrence(comparing: quote, against: reference)
        let id = pair["id"].flatMap { $0 is NSNull ? nil : "\($0)" } ?? label
        return [.text(id), Value(referenceName), Value(quoteName), .text(judged.verdict.rawValue), .number(judged.similarity),
                .text(OccurrenceTable.changes(judged.diff)), OccurrenceTable.diffValue(judged.diff)]
    }

    private static func checkLength(_ text: String, field: String) throws(BatchLines.Problem) {
        let length = text.unicodeScalars.count
        guard length <= longestQuotation else {
            throw BatchLines.Problem(reason: "has a \(field) of \(length) characters; batch judge compares quotations of up to \(longestQuotation)")
        }
    }

    /// The words of a pair's side, and its name when the record has an article and a quote.
    private static func quotation(_ value: Any?, field: String) throws(BatchLines.Problem) -> (text: String, name: String?) {
        if let text = value as? String {
            try checkLength(text, field: field)
            return (text, nil)
        }
        guard let record = value as? [String: Any] else {
            throw BatchLines.Problem(reason: value == nil ? "has no \(field)" : "has a \(field) that is neither a quotation record nor a string")
        }
        guard let text = record["text"] as? String else { throw BatchLines.Problem(reason: "has a \(field) without a text") }
        try checkLength(text, field: field)
        guard let article = record["article"], !(article is NSNull), let quote = record["quote"], !(quote is NSNull) else { return (text, nil) }
        return (text, "\(article)#\(quote)")
    }
}
