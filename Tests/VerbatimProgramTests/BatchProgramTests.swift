import Foundation
import Testing
import VerbatimTestSupport

/// `verbatim batch extract` as a program: standard input in, records out, talk on standard
/// error, and the exit statuses its help promises.
@Suite struct BatchProgramTests {
    static let story = #"{"text": "“We will rebuild the bridge before the winter,” said Elena Marsh."}"#

    @Test func streamsStandardInputUnderTheNameGivenAndGoesOnPastABadRecord() throws {
        let result = try Program.run(["batch", "extract", "--name", "part-7"], input: Self.story + "\n{bad\n" + Self.story + "\n")
        #expect(result.status == 0)
        let articles = result.output.split(separator: "\n").map { line in
            ((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any])?["article"] as? String
        }
        #expect(articles == ["part-7:1", "part-7:3"])
        #expect(result.errors.hasPrefix("verbatim: part-7:2: is not JSON"))
        #expect(result.errors.hasSuffix("extracted 2 quotations from 2 articles; 1 record skipped\n"))
    }

    @Test func saysHowTheRunEndedInItsStatus() throws {
        let missing = try Program.run(["batch", "extract", "-q", temporaryFolder() + "/none.jsonl"])
        #expect(missing.status == 1 && missing.output.isEmpty && missing.errors.contains("none.jsonl"))
        let strict = try Program.run(["batch", "extract", "--strict", "-q"], input: "{bad\n" + Self.story)
        #expect(strict.status == 1 && strict.output.isEmpty)
        for arguments in [["batch"], ["batch", "extract", "--jobs", "0"], ["batch", "frob"], ["batch", "extract", "--jobs", "many"]] {
            #expect(try Program.run(arguments).status == 2, "\(arguments)")
        }
        #expect(try Program.run(["batch", "extract", "--jobs", "99999999999"], input: Self.story).status == 0)
        let quiet = try Program.run(["-q", "batch", "extract"], input: Self.story)
        #expect(quiet.status == 0 && quiet.errors.isEmpty && quiet.output.contains("Elena Marsh"))
    }

    @Test func writesKeysAndComparesStandardInput() throws {
        let limits = try Program.run(["batch", "keys", "--limits"])
        let counts = try JSONSerialization.jsonObject(with: Data(limits.output.utf8)) as? [String: Int]
        #expect(limits.status == 0 && counts == ["shingle": 500, "pair": 200, "narration_shingle": 20])
        let copy = Self.story.replacingOccurrences(of: "Elena Marsh", with: "Mayor Marsh")
        let keys = try Program.run(["batch", "keys", "--name", "in"], input: Self.story + "\n" + copy + "\n")
        #expect(keys.status == 0 && keys.output.split(separator: "\n").count == 2 && keys.errors == "wrote the keys of 2 articles\n")
        let compared = try Program.run(["batch", "compare", "--name", "in"], input: Self.story + "\n" + copy + "\n")
        #expect(compared.status == 0 && compared.output.contains(#""article": "in:2""#) && compared.output.contains(#""quote": "in:2#1""#))
        #expect(compared.errors == "compared 2 quotations of 2 articles: 1 found in more than one\n")
    }

    @Test func refusesABadKeyFileOrConfidenceBeforeReading() throws {
        let missing = try Program.run(["batch", "compare", "--common-keys", temporaryFolder() + "/none"], input: Self.story)
        #expect(missing.status == 1 && missing.output.isEmpty && missing.errors.contains("none: no such file"))
        let standardInput = try Program.run(["batch", "compare", "--common-keys", "-"], input: Self.story)
        #expect(standardInput.status == 1 && standardInput.errors.contains("-: is standard input, which holds the articles"))
        #expect(try Program.run(["batch", "compare", "--min-confidence", "2"], input: Self.story).status == 2)
        let links = try Program.run(["batch", "links", "--name", "in"], input: "{bad\n")
        #expect(links.status == 0 && links.output.isEmpty && links.errors == "verbatim: in:1: is not JSON\nchecked 0 candidate lines: 0 links; 1 line skipped\n")
        #expect(try Program.run(["batch", "links", "--strict", "-q"], input: "{bad\n").status == 1)
    }
}
