import Foundation
import Testing
import VerbatimCore
@testable import VerbatimShell
import VerbatimTestSupport

/// `verbatim batch judge`: the verdict on each pair's words, as `diff` and compare's `wording`
/// column give it, with bad pairs reported by line and passed over.
@Suite struct BatchJudgementTests {
    func judge(_ lines: [String], strict: Bool = false) throws -> (records: [[String: Any]], reports: [String], summary: BatchJudgement.Summary) {
        let path = temporaryFolder() + "/pairs.jsonl"
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        var judgement = BatchJudgement()
        judgement.isStrict = strict
        var output: [UInt8] = []
        var reports: [String] = []
        let summary = judgement.run([path], write: { output += $0 }, report: { reports.append($0.replacingOccurrences(of: path, with: "pairs")) })
        let records = String(decoding: output, as: UTF8.self).split(separator: "\n").map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
        }
        return (records, reports, summary)
    }

    static func pair(_ reference: Any, _ quote: Any, id: String? = nil) -> String {
        var pair: [String: Any] = ["reference": reference, "quote": quote]
        if let id { pair["id"] = id }
        return String(decoding: try! JSONSerialization.data(withJSONObject: pair), as: UTF8.self)
    }

    @Test func judgesTheWordsOfEachPairAsDiffDoes() throws {
        let sham = "“It was a sham, a futile attempt to mask the truth,”"
        let (records, reports, summary) = try judge([
            Self.pair(["article": "reuters", "quote": 3, "text": sham], ["article": "okey", "quote": 1, "text": "“It was a phony, a failed attempt to disguise the truth,”"]),
            Self.pair(sham, "it was a sham, a futile attempt to mask the truth", id: "p2"),
            Self.pair("We will recognise the workers before the winter", "we will recognize the workers before the winter"),
            Self.pair(sham, "“a futile attempt to mask the truth”"),
        ])
        #expect(reports.isEmpty && summary == BatchJudgement.Summary(pairs: 4))
        #expect(records.map { $0["verdict"] as? String } == ["altered", "verbatim", "variant", "trimmed"])
        #expect(records[0]["reference"] as? String == "reuters#3" && records[0]["quote"] as? String == "okey#1")
        #expect(records[0]["changes"] as? String == "[-sham-]{+phony+} [-futile-]{+failed+} [-mask-]{+disguise+}")
        #expect(records[1]["id"] as? String == "p2")
        #expect(records.dropFirst(2).compactMap { ($0["id"] as? String)?.split(separator: "/").last } == ["pairs.jsonl:3", "pairs.jsonl:4"])
        #expect(Set(records[0].keys) == Set(BatchJudgement.columns))
        let expected = QuoteOccurrence(comparing: "“It was a phony, a failed attempt to disguise the truth,”", against: sham)
        // (Foundation's JSON reader may take the last digit a step off.)
        #expect(abs((records[0]["similarity"] as? Double ?? 0) - expected.similarity) < 1e-12)
    }

    @Test func reportsABadPairByLineAndGoesOnUnlessStrict() throws {
        let lines = [Self.pair("one two three four", "one two three four"), "{bad", "[1]", #"{"reference": "words"}"#,
                     Self.pair(["quote": 1], "words"), Self.pair(7, "words"), "",
                     Self.pair(String(repeating: "a ", count: 60_000), "a"), Self.pair("five six seven", "five six seven")]
        let (records, reports, summary) = try judge(lines)
        #expect(records.count == 2)
        #expect(reports == ["pairs:2: is not JSON", "pairs:3: is not a JSON object", "pairs:4: has no quote",
                            "pairs:5: has a reference without a text", "pairs:6: has a reference that is neither a quotation record nor a string",
                            "pairs:8: has a reference of 120000 characters; batch judge compares quotations of up to 100000"])
        #expect(summary.skippedPairs == 6 && summary.status == 0)
        let strict = try judge(lines, strict: true)
        #expect(strict.records.count == 1 && strict.reports.count == 1 && strict.summary.status == 1)
    }
}
