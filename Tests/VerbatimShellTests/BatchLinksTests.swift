import Foundation
import Testing
import VerbatimCore
@testable import VerbatimShell
import VerbatimTestSupport

/// `verbatim batch links`: which candidate links compare would make, checked line by line.
@Suite struct BatchLinksTests {
    static let story = #"{"id": "s1", "text": "“The piers are failing faster than anyone expected, and we will not gamble with the lives of commuters,” said Mayor Elena Marsh."}"#
    static let altered = #"{"id": "s2", "text": "“The piers are crumbling faster than anyone expected, and we will not gamble with the lives of commuters,” said Elena Marsh."}"#
    static let other = #"{"id": "s3", "text": "“Ferries will run every hour from the east bank until the new span opens in the spring,” said Tomas Reyes."}"#
    static let narration = #"{"id": "s4", "text": "Marsh said the piers are failing faster than anyone expected and that the city would not gamble with the lives of commuters."}"#

    /// Each record's wordings as `batch keys` writes them.
    func wordings(_ records: [String]) throws -> [[String: Any]] {
        let path = temporaryFolder() + "/articles.jsonl"
        try Data(records.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        var keys = BatchExtraction()
        keys.output = .keys
        var output: [UInt8] = []
        _ = keys.run([path], write: { output += $0 }, report: { _ in })
        return String(decoding: output, as: UTF8.self).split(separator: "\n").flatMap { line in
            ((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any])?["wordings"] as? [[String: Any]] ?? []
        }
    }

    func links(_ lines: [Any]) throws -> (records: [[String: Any]], reports: [String], summary: BatchLinks.Summary) {
        let text = try lines.map { line in
            if let line = line as? String { return line }
            return String(decoding: try JSONSerialization.data(withJSONObject: line), as: UTF8.self)
        }
        let path = temporaryFolder() + "/candidates.jsonl"
        try Data(text.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        var output: [UInt8] = []
        var reports: [String] = []
        let summary = BatchLinks().run([path], write: { output += $0 }, report: { reports.append($0.replacingOccurrences(of: path, with: "candidates")) })
        let records = String(decoding: output, as: UTF8.self).split(separator: "\n").map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
        }
        return (records, reports, summary)
    }

    @Test func keepsThePairsOfWordingsCompareMatches() throws {
        let found = try wordings([Self.story, Self.altered, Self.other])
        #expect(found.count == 3)
        let (records, reports, summary) = try links([["pair": [found[0], found[1]]], ["pair": [found[0], found[2]]]])
        #expect(reports.isEmpty && summary.lines == 2 && summary.links == 1)
        #expect(records.first?["link"] as? [Int64] == [found[0]["key"] as! Int64, found[1]["key"] as! Int64])
    }

    @Test func keepsTheWordingsNarrationCarriesButNotItsOwn() throws {
        let wording = try #require(try wordings([Self.story]).first)
        let followed = wording["shingles"]!
        let record = try JSONSerialization.jsonObject(with: Data(Self.narration.utf8))
        let quoting = try JSONSerialization.jsonObject(with: Data(Self.story.utf8))
        let (records, _, summary) = try links([
            ["record": record, "candidates": [["wording": wording, "followed": followed]]],
            ["record": record, "candidates": [["wording": wording, "followed": [Int64]()]]],
            ["record": quoting, "candidates": [["wording": wording, "followed": followed]]],
        ])
        // Without its followed shingles, narration finds nothing; an article quoting the words carries nothing.
        #expect(summary.lines == 3 && summary.links == 1)
        #expect(records.first?["article"] as? String == "s4" && records.first?["carries"] as? [Int64] == [wording["key"] as! Int64])
    }

    @Test func reportsABadLineAndGoesOn() throws {
        let wording = try #require(try wordings([Self.story]).first)
        let (records, reports, summary) = try links([
            "{bad", ["pair": [wording]], ["pair": [wording, ["key": 1]]], ["neither": 1],
            ["record": ["id": "x", "text": ""], "candidates": [Any]()], ["record": ["id": "y", "text": "words"]],
            #"{"pair": [{"key": 1e30, "folded": [], "information": []}, {"key": 2, "folded": [], "information": []}]}"#,
            #"{"record": "hello", "candidates": []}"#, "[1]",
            #"{"pair": [{"key": true, "folded": [], "information": []}, {"key": 2, "folded": [], "information": []}]}"#,
        ])
        #expect(records.isEmpty && summary.skippedLines == 10 && summary.status == 0)
        #expect(reports == [
            "candidates:1: is not JSON", "candidates:2: has a pair that is not two wordings",
            "candidates:3: has a wording without its key, folded words and their information",
            "candidates:4: has neither a pair nor a record", "candidates:5: has a record that has an empty text",
            "candidates:6: has a record without a list of candidates",
            "candidates:7: has a wording without its key, folded words and their information",
            "candidates:8: has a record that is not an object", "candidates:9: is not a JSON object",
            "candidates:10: has a wording without its key, folded words and their information",
        ])
    }

    /// Wordings built to be slow to align ("a a … a b" against "a a … a c") are checked in a
    /// moment, however long, so that no link is left unchecked.
    @Test func checksLongWordingsBuiltToBeSlow() throws {
        func wording(_ key: Int, _ words: [String]) -> [String: Any] {
            ["key": key, "folded": words, "information": Array(repeating: 1.0, count: words.count)]
        }
        let count = 50_000
        let one = wording(1, Array(repeating: "a", count: count) + ["b"])
        let other = wording(2, Array(repeating: "a", count: 2 * count) + ["c"])
        let (records, reports, summary) = try links([["pair": [one, other]]])
        #expect(reports.isEmpty && summary.lines == 1)
        #expect(records.first?["link"] as? [Int] == [1, 2])
    }
}

