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
}
