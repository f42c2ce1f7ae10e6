import Foundation
import Testing
import VerbatimCore
@testable import VerbatimShell
import VerbatimTestSupport

/// `verbatim batch extract`: the quotations of a stream of articles, the same as `load` and
/// `export quotes` give, with bad records reported by line and passed over.
@Suite struct BatchExtractionTests {
    /// The records written and the problems reported by a run over `inputs`.
    func extract(_ inputs: [String], jobs: Int = 2, strict: Bool = false, paths: Bool = false,
                 longestLine: Int? = nil) -> (records: [[String: Any]], reports: [String], summary: BatchExtraction.Summary) {
        var extraction = BatchExtraction()
        extraction.jobs = jobs
        extraction.isStrict = strict
        extraction.readsPaths = paths
        if let longestLine { extraction.longestLine = longestLine }
        var output: [UInt8] = []
        var reports: [String] = []
        let summary = extraction.run(inputs, write: { output += $0 }, report: { reports.append($0) })
        let records = String(decoding: output, as: UTF8.self).split(separator: "\n").map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
        }
        return (records, reports, summary)
    }

    func file(_ lines: [String], named name: String = "articles.jsonl") throws -> String {
        let path = temporaryFolder() + "/" + name
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static let story = #"{"id": "s1", "outlet": "https://www.harbordaily.example/news", "date": "2026-03-03 14:00:00+01:00", "url": "https://example.org/1", "text": "“The piers are failing faster than anyone expected,” said Mayor Elena Marsh. Marsh added that “nobody has been asked to vote on it.”"}"#

    @Test func writesOneRecordPerQuotationWithTheArticlesFacts() throws {
        let (records, reports, summary) = extract([try file([Self.story])])
        #expect(reports.isEmpty)
        #expect(records.count == 2)
        let first = try #require(records.first)
        #expect(first["article"] as? String == "s1")
        #expect(first["outlet"] as? String == "harbordaily.example")
        #expect(first["date"] as? String == "2026-03-03T13:00:00Z")
        #expect(first["quote"] as? Int == 1 && records[1]["quote"] as? Int == 2)
        #expect(first["text"] as? String == "“The piers are failing faster than anyone expected,”")
        #expect(first["speaker"] as? String == "Elena Marsh")
        #expect(first["speaker_roles"] as? [String] == ["Mayor"])
        #expect(first["start"] as? Int == 0 && first["end"] as? Int == 52)
        #expect(Set(first.keys) == Set(BatchExtraction.columns))
        #expect(summary == BatchExtraction.Summary(articles: 1, quotations: 2))
    }

    @Test func reportsABadRecordByFileAndLineAndGoesOn() throws {
        let path = try file([Self.story, "{not json", "", #"{"id": 7}"#, "[1, 2]", Self.story.replacingOccurrences(of: "\"s1\"", with: "\"s2\"")])
        let (records, reports, summary) = extract([path])
        #expect(records.map { $0["article"] as? String } == ["s1", "s1", "s2", "s2"])
        #expect(reports.count == 3)
        #expect(reports[0].hasPrefix("\(path):2: is not JSON (") && !reports[0].contains("valid JSON"))
        #expect(reports[1] == "\(path):4: has neither text nor html")
        #expect(reports[2] == "\(path):5: is not a JSON object")
        #expect(summary.skippedRecords == 3 && summary.status == 0)
        #expect(summary.statusLine == "extracted 4 quotations from 2 articles; 3 records skipped")
    }

    @Test func strictStopsAtTheFirstBadRecordWithTheGoodOnesBeforeItWritten() throws {
        let (records, reports, summary) = extract([try file([Self.story, "{not json", Self.story])], strict: true)
        #expect(records.count == 2)
        #expect(reports.count == 1)
        #expect(summary.stoppedEarly && summary.status == 1)
    }

    @Test func namesARecordWithoutAnIDByItsInputAndLine() throws {
        let path = try file(["", #"{"text": "“We will rebuild it,” said Tomas Reyes."}"#])
        #expect(extract([path]).records.first?["article"] as? String == "\(path):2")
    }

    @Test func passesOverALineTooLongToReadAndTheNextLineIsRead() throws {
        let long = #"{"id": "long", "text": ""# + String(repeating: "x", count: 3_000_000) + #""}"#
        let (records, reports, _) = extract([try file([long, Self.story])], longestLine: 1_000_000)
        #expect(records.count == 2)
        #expect(reports.count == 1 && reports[0].contains(":1: is 3 MB long"))
    }

    @Test func anInputThatCannotBeOpenedFailsTheRunButNotTheOthers() throws {
        let missing = temporaryFolder() + "/missing.jsonl"
        let (records, reports, summary) = extract([missing, try file([Self.story]), temporaryFolder()])
        #expect(records.count == 2)
        #expect(reports.count == 2 && reports[0].hasPrefix(missing) && reports[1].hasSuffix("is a folder, not a file of lines"))
        #expect(summary.failedInputs == 2 && summary.status == 1)
    }

    @Test func readsTheFilesThatLinesNameAndReportsABadOneByTheListsLine() throws {
        let folder = temporaryFolder()
        let text = folder + "/story.txt"
        try Data("“We will rebuild the bridge before winter,” said Elena Marsh.".utf8).write(to: URL(fileURLWithPath: text))
        let corpus = try file([Self.story], named: "corpus.jsonl")
        let list = try file([text + "\r", folder + "/gone.txt", corpus, "https://example.org/story", text], named: "paths.txt")
        let (records, reports, _) = extract([list], paths: true)
        #expect(records.map { $0["article"] as? String } == [text, text])
        #expect(reports.count == 3)
        #expect(reports[0].hasPrefix("\(list):2: \(folder)/gone.txt: "))
        #expect(reports[1] == "\(list):3: \(corpus) is a corpus: give it to batch extract as an input, not in --paths")
        #expect(reports[2].hasPrefix("\(list):4: https://example.org/story is a web address"))
    }

    @Test func strictStopsAtTheFirstBadPathWithNothingAfterIt() throws {
        let folder = temporaryFolder()
        let text = folder + "/story.txt"
        try Data("“We will rebuild the bridge before winter,” said Elena Marsh.".utf8).write(to: URL(fileURLWithPath: text))
        let (records, reports, summary) = extract([try file([text, folder + "/gone.txt", text], named: "paths.txt")], strict: true,
                                                  paths: true)
        #expect(records.count == 1 && reports.count == 1 && summary.stoppedEarly)
    }

    @Test func saysAJSONArrayIsNotAStreamOfRecords() throws {
        let (records, reports, _) = extract([try file(["\u{FEFF} [" + Self.story + ",", Self.story + "]"])])
        #expect(records.isEmpty)
        #expect(reports.first?.hasSuffix(":1: is a JSON array; batch extract reads JSON Lines, one article object a line (jq -c '.[]' writes an array so)") == true)
    }

    @Test func keepsAnIDThatOpensWithACombiningMarkWhole() throws {
        let record = #"{"id": "́accent", "text": "“We will rebuild it,” said Tomas Reyes."}"#
        #expect(extract([try file([record])]).records.first?["article"] as? String == "\u{301}accent")
    }

    /// The fixture corpus's articles, exported and streamed through batch extract, give the
    /// quotes `load` and `export quotes` give them, on any number of threads.
    @Test func givesTheQuotesOfLoadAndExportOnAnyNumberOfThreads() throws {
        let folder = try FixtureCorpus.write()
        let corpus = folder + "/../batch-articles.jsonl"
        let loader = TestShell(workingDirectory: folder)
        #expect(loader.run("load . ; export articles --to \(corpus)") == 0)
        let session = TestShell(workingDirectory: folder)
        #expect(session.run("load \(corpus)") == 0)
        let exported = session.printed("export quotes").split(separator: "\n").map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
        }
        let fields = ["start", "end", "source_start", "source_end", "speaker", "cue", "kind"]
        func key(_ record: [String: Any]) -> String {
            fields.map { "\(record[$0] ?? "nil")" }.joined(separator: "|")
        }
        let one = extract([corpus], jobs: 1)
        #expect(one.reports.isEmpty)
        #expect(one.records.count == exported.count && exported.count > 100)
        #expect(one.records.map { "\($0["article"]!)|" + key($0) } == exported.map { "\($0["article"]!)|" + key($0) })
        let three = extract([corpus], jobs: 3)
        #expect(three.records.map(key) == one.records.map(key))
    }
}
