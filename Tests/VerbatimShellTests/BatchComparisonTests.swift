import Foundation
import Testing
import VerbatimCore
@testable import VerbatimShell
import VerbatimTestSupport

/// `verbatim batch compare`: compare --all's table over a stream of articles, named by the
/// records' ids, and the same verdicts for a part of a corpus told the corpus's common keys.
@Suite struct BatchComparisonTests {
    static func records(_ bytes: [UInt8]) -> [[String: Any]] {
        String(decoding: bytes, as: UTF8.self).split(separator: "\n").map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
        }
    }

    func compare(_ inputs: [String], common: QuoteMatcher.CommonKeys = .init()) -> (records: [[String: Any]], reports: [String], summary: BatchComparison.Summary) {
        var comparison = BatchComparison()
        comparison.commonKeys = common
        var output: [UInt8] = []
        var reports: [String] = []
        let summary = comparison.run(inputs, write: { output += $0 }, report: { reports.append($0) })
        return (Self.records(output), reports, summary)
    }

    func file(_ lines: [String], named name: String) throws -> String {
        let path = temporaryFolder() + "/" + name
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A row as a line of text without its group number, for comparing rows of runs that
    /// number groups apart.
    static func line(_ record: [String: Any], droppingGroup: Bool = false) -> String {
        var record = record
        if droppingGroup { record["group"] = nil }
        let data = try! JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// The fixture corpus's table is compare --all's, once session ids are the records' own.
    @Test func givesCompareAllsTableNamedByTheRecords() throws {
        let folder = try FixtureCorpus.write()
        let corpus = folder + "/../compare-articles.jsonl"
        #expect(TestShell(workingDirectory: folder).run("load . ; export articles --to \(corpus)") == 0)
        let session = TestShell(workingDirectory: folder)
        #expect(session.run("load \(corpus)") == 0)
        let quotes = Self.records(Array(session.printed("export quotes --format jsonl").utf8))
        var quoteNames: [String: String] = [:], counts: [String: Int] = [:]
        for (number, quote) in quotes.enumerated() {
            let article = quote["article"] as! String
            counts[article, default: 0] += 1
            quoteNames["q\(number + 1)"] = "\(article)#\(counts[article]!)"
        }
        let expected = Self.records(Array(session.printed("compare --all --format jsonl").utf8)).map { row in
            var row = row
            row["article"] = (row.removeValue(forKey: "file") as! String).components(separatedBy: "#").last!
            for column in ["quote", "reference"] { if let id = row[column] as? String { row[column] = quoteNames[id] } }
            return Self.line(row)
        }
        let (found, reports, summary) = compare([corpus])
        #expect(reports.isEmpty)
        #expect(found.first.map { Set($0.keys) } == Set(BatchComparison.columns))
        let rows = found.map { row in
            var row = row
            row["start"] = nil
            row["end"] = nil
            return Self.line(row)
        }
        #expect(expected.count > 100 && rows == expected)
        #expect(summary.groups == Set(found.map { $0["group"] as! Int }).count && summary.groups > 10)
        let verdicts = Set(found.compactMap { $0["verdict"] as? String })
        #expect(verdicts.isSuperset(of: ["original", "verbatim", "altered", "unquoted"]))
    }

    /// 520 quotes sharing most of their words: shingles of over 500 wordings, which compare
    /// does not follow; a part of the corpus holds fewer, and follows them unless told. Two
    /// quotations, one in each half, and two quotes sharing a few everyday words across them.
    static func corpus() -> [String] {
        (0..<520).map { index in
            var text = "“The harbor bridge will reopen before the winter storms arrive, according to plan Zerlin\(index),” said Tomas Reyes."
            // Two quotations, each shared by two articles of one half.
            if [3, 100].contains(index) { text += " “The ferry timetable changes on Monday for every commuter in Alder,” said Ana Ferreira." }
            if [300, 500].contains(index) { text += " Ana Ferreira said the night buses will stop at the old depot from Friday, the port said." }
            if [310].contains(index) { text += " “The night buses will stop at the old depot from Friday,” she said." }
            // Words both halves quote, which link nothing: a few everyday words in common.
            if index == 10 { text += " “We will build the new harbor school next spring for the children,” said Ana Ferreira." }
            if index == 400 { text += " “We will build the new ferry terminal by the winter as promised,” said Idris Okafor." }
            let record: [String: Any] = ["id": "s\(index)", "date": String(format: "2026-03-%02d", index % 28 + 1), "text": text]
            return String(decoding: try! JSONSerialization.data(withJSONObject: record), as: UTF8.self)
        }
    }

    /// The keys held by more distinct wordings of `records` than compare follows.
    static func commonKeys(of records: [String]) -> QuoteMatcher.CommonKeys {
        var wordingsOfShingle: [Int64: Set<Int64>] = [:], wordingsOfPair: [Int64: Set<Int64>] = [:]
        for record in records {
            let text = (try! JSONSerialization.jsonObject(with: Data(record.utf8)) as! [String: Any])["text"] as! String
            for wording in ComparisonKeys(text: text, quotes: ExtractionPipeline.standard.extract(text).quotes).wordings {
                for shingle in wording.shingles { wordingsOfShingle[shingle, default: []].insert(wording.key) }
                for pair in wording.pairs { wordingsOfPair[pair, default: []].insert(wording.key) }
            }
        }
        return QuoteMatcher.CommonKeys(shingles: Set(wordingsOfShingle.filter { $0.value.count > QuoteMatcher.mostWordingsOfShingle }.keys),
                                       pairs: Set(wordingsOfPair.filter { $0.value.count > QuoteMatcher.mostWordingsOfPair }.keys))
    }

    @Test func aPartToldTheCorpusCommonKeysGivesTheWholeCorpusVerdicts() throws {
        let records = Self.corpus()
        let whole = compare([try file(records, named: "whole.jsonl")])
        let common = Self.commonKeys(of: records)
        #expect(!common.shingles.isEmpty && !common.pairs.isEmpty)
        // The halves share keys, but no link: a cut Spark's compare job makes.
        let keys = [records[..<260], records[260...]].map { half in
            half.map { record in
                let text = (try! JSONSerialization.jsonObject(with: Data(record.utf8)) as! [String: Any])["text"] as! String
                return ComparisonKeys(text: text, quotes: ExtractionPipeline.standard.extract(text).quotes)
            }
        }
        let quoted = Set(keys.joined().flatMap { $0.wordings.flatMap(\.shingles) })
        let followed = keys.map { half -> Set<Int64> in
            var held = Set<Int64>()
            for article in half {
                for wording in article.wordings { held.formUnion([wording.key] + wording.shingles + wording.pairs) }
                held.formUnion(article.narration.filter(quoted.contains))
            }
            return held.subtracting(common.shingles).subtracting(common.pairs)
        }
        #expect(!followed[0].isDisjoint(with: followed[1]))
        // Candidates share two shingles compare follows; none across the halves matches.
        let candidates = keys[0].flatMap(\.wordings).flatMap { first in
            keys[1].flatMap(\.wordings).filter { Set(first.shingles).subtracting(common.shingles).intersection($0.shingles).count >= 2 }
                .map { (first, $0) }
        }
        #expect(candidates.count == 1 && !candidates.contains { QuoteMatcher.wordingsMatch($0.0, $0.1) })
        let halves = [try file(Array(records[..<260]), named: "first.jsonl"), try file(Array(records[260...]), named: "second.jsonl")]
        let parts = halves.map { compare([$0], common: common) }
        // Both halves' quotations, found apart, are the whole's: a quotation and narration carrying one.
        #expect(whole.summary.groups == 2)
        // (Groups are numbered apart and in another order, by part.)
        #expect(parts.flatMap(\.records).map { Self.line($0, droppingGroup: true) }.sorted()
                == whole.records.map { Self.line($0, droppingGroup: true) }.sorted())
        #expect(Set(whole.records.compactMap { $0["verdict"] as? String }) == ["original", "verbatim", "unquoted"])
        // Not told, a half follows the shingles it holds fewer of, and groups the 260 plans.
        let untold = compare([halves[0]])
        #expect(untold.records.count > parts[0].records.count + 200)
    }

    @Test func readsCommonKeysAKeyALineAndNamesTheLineOfABadOne() throws {
        let path = try file(["# common keys", "shingle -12", "pair 34\r", "", "shingle 9223372036854775807", "narration 5"], named: "keys")
        let keys = try BatchComparison.commonKeys(listedIn: path)
        #expect(keys == QuoteMatcher.CommonKeys(shingles: [-12, .max], pairs: [34], narrationShingles: [5]))
        let bad = try file(["shingle 1", "triple 2"], named: "bad-keys")
        #expect(throws: LoadError(file: bad, line: 2, reason: "is not a key (shingle N, pair N or narration N)")) {
            try BatchComparison.commonKeys(listedIn: bad)
        }
        #expect(throws: LoadError.self) { try BatchComparison.commonKeys(listedIn: temporaryFolder() + "/none") }
        let long = try file(["shingle 1", "pair " + String(repeating: "9", count: 5_000)], named: "long-keys")
        #expect(throws: LoadError(file: long, line: 2, reason: "is too long to be a key")) { try BatchComparison.commonKeys(listedIn: long) }
    }

    /// Narration told that a wording's shingles are common in the corpus does not follow them,
    /// however few wordings of the part hold them.
    @Test func narrationSetsAsideTheShinglesTheCorpusHoldsInManyWordings() throws {
        let records = [
            #"{"id": "q", "date": "2026-03-01", "text": "“The piers are failing faster than anyone expected,” said Mayor Elena Marsh."}"#,
            #"{"id": "n", "date": "2026-03-02", "text": "Marsh said the piers are failing faster than anyone expected, the council heard."}"#,
        ]
        let path = try file(records, named: "narration.jsonl")
        #expect(compare([path]).records.contains { $0["verdict"] as? String == "unquoted" })
        let text = "“The piers are failing faster than anyone expected,” said Mayor Elena Marsh."
        let shingles = ComparisonKeys(text: text, quotes: ExtractionPipeline.standard.extract(text).quotes).wordings[0].shingles
        #expect(compare([path], common: QuoteMatcher.CommonKeys(narrationShingles: Set(shingles))).records.isEmpty)
    }
}

