import Foundation
import VerbatimCore

/// `verbatim batch links`: which candidate links between articles the matcher would make, as
/// a stream, so that a corpus can be cut into parts with no link between them (Spark's compare
/// job finds candidates by joining keys, then asks this).
///
/// Each line is one of:
/// - `{"pair": [W, W]}`: two wordings (as `batch keys` writes them: key, folded, information);
///   written back as `{"link": [KEY, KEY]}` when they match (`QuoteMatcher.wordingsMatch`);
/// - `{"record": ARTICLE, "candidates": [{"wording": W, "followed": [SHINGLE...]}...]}`: an
///   article record (as `load` reads it) and wordings its narration may carry, each with its
///   shingles narration follows; written back as `{"article": ID, "carries": [KEY...]}` when
///   it carries any (`QuoteMatcher.carriedWordings`).
public struct BatchLinks {
    /// Whether the first bad line stops the run (status 1).
    public var isStrict = false
    /// What standard input is called in errors and in the ids of its records without one.
    public var standardInputName = "standard input"

    public init() {}

    /// What the run did, for the closing status line.
    public struct Summary: Sendable, Equatable {
        public var lines = 0
        public var links = 0
        public var skippedLines = 0
        public var failedInputs = 0
        public var stoppedEarly = false

        public var status: Int32 { BatchLines.status(failedInputs: failedInputs, stoppedEarly: stoppedEarly) }

        /// "checked 120 candidate lines: 14 links".
        public var statusLine: String {
            BatchLines.statusLine("checked \(lines) candidate line\(lines == 1 ? "" : "s"): \(links) link\(links == 1 ? "" : "s")",
                                  skipped: skippedLines, unit: "line", stoppedEarly: stoppedEarly)
        }
    }

    /// Reads `inputs` in turn ("-", or none, for standard input), writing the links found
    /// through `write` and problems through `report`.
    public func run(_ inputs: [String], write: ([UInt8]) -> Void, report: (String) -> Void) -> Summary {
        var links = 0
        let lines = BatchLines(isStrict: isStrict, standardInputName: standardInputName, longestLine: BatchExtraction.longestLine)
        let counts = lines.run(inputs, report: report) { bytes, label throws(BatchLines.Problem) in
            guard let parsed = try? JSONSerialization.jsonObject(with: Data(bytes)) else { throw BatchLines.Problem(reason: "is not JSON") }
            guard let object = parsed as? [String: Any] else { throw BatchLines.Problem(reason: "is not a JSON object") }
            let record: [String: Value]
            if let pair = object["pair"] {
                guard let pair = pair as? [Any], pair.count == 2 else { throw BatchLines.Problem(reason: "has a pair that is not two wordings") }
                let first = try Self.wording(pair[0]), second = try Self.wording(pair[1])
                guard QuoteMatcher.wordingsMatch(first, second) else { return }
                record = ["link": .list([.integer(Int(first.key)), .integer(Int(second.key))])]
            } else if let given = object["record"] {
                let (id, carried) = try Self.carried(given, candidates: object["candidates"], label: label)
                guard !carried.isEmpty else { return }
                record = ["article": .text(id), "carries": .list(carried.map { .integer(Int($0)) })]
            } else {
                throw BatchLines.Problem(reason: "has neither a pair nor a record")
            }
            links += 1
            let columns = record.keys.sorted()
            write(TableRenderer().renderedBytes(Table(columns: columns, rows: [columns.map { record[$0]! }]), as: .jsonl,
                                                neutralisingFormulas: false))
        }
        return Summary(lines: counts.taken, links: links, skippedLines: counts.skipped, failedInputs: counts.failedInputs,
                       stoppedEarly: counts.stoppedEarly)
    }

    /// A wording as `batch keys` writes it.
    static func wording(_ value: Any) throws(BatchLines.Problem) -> ComparisonKeys.Wording {
        guard let object = value as? [String: Any], let key = object["key"].flatMap(Self.key),
              let folded = object["folded"] as? [String], let information = object["information"] as? [NSNumber],
              folded.count == information.count else {
            throw BatchLines.Problem(reason: "has a wording without its key, folded words and their information")
        }
        return ComparisonKeys.Wording(key: key, words: folded.count, shingles: [], pairs: [], folded: folded,
                                      information: information.map(\.floatValue))
    }

    /// A key written as a JSON integer that a signed 64-bit number holds exactly; nil for
    /// anything else (a fraction, an exponent, a number out of range, true).
    static func key(_ value: Any) -> Int64? {
        // JSON's true and false come as numbers of C type char.
        guard let number = value as? NSNumber, String(cString: number.objCType) != "c" else { return nil }
        return Int64(number.stringValue)
    }

    /// The id of an article record and the keys of the candidate wordings its narration carries.
    static func carried(_ record: Any, candidates: Any?, label: String) throws(BatchLines.Problem) -> (String, [Int64]) {
        guard let candidates = candidates as? [[String: Any]] else { throw BatchLines.Problem(reason: "has a record without a list of candidates") }
        let given = try candidates.map { candidate throws(BatchLines.Problem) in
            guard let value = candidate["wording"], let listed = candidate["followed"] as? [Any] else {
                throw BatchLines.Problem(reason: "has a candidate without its wording and followed shingles")
            }
            let followed = listed.compactMap(Self.key)
            guard followed.count == listed.count else { throw BatchLines.Problem(reason: "has a followed shingle that is not a 64-bit key") }
            return (wording: try Self.wording(value), followed: Set(followed))
        }
        guard record is [String: Any], let data = try? JSONSerialization.data(withJSONObject: record) else {
            throw BatchLines.Problem(reason: "has a record that is not an object")
        }
        do throws(LoadError) {
            let source = try [UInt8](data).withUnsafeBufferPointer { line throws(LoadError) in
                try CorpusReader.source(line: line, file: label, lineNumber: 0, label: label)
            }
            let id = source.file.map { String($0.unicodeScalars.dropFirst(label.unicodeScalars.count + 1)) } ?? label
            return (id, QuoteMatcher.carriedWordings(in: ExtractedArticle(source), candidates: given))
        } catch {
            throw BatchLines.Problem(reason: "has a record that " + error.reason)
        }
    }
}
