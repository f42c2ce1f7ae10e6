import Foundation
import Testing
@testable import VerbatimShell
import VerbatimCore

/// The one renderer of problems, and the sentences library errors become.
@Suite struct DiagnosticTests {
    @Test func rendersLocationCommandLineCaretAndHint() {
        let diagnostic = Diagnostic(file: "job.vsh", line: 4, column: 8, sourceLine: "quotes --formt csv", command: "quotes",
                                    message: "unknown option --formt", hint: "did you mean --format?", status: 2)
        #expect(diagnostic.rendered == "job.vsh:4:8: quotes: unknown option --formt\n  quotes --formt csv\n         ^\nhint: did you mean --format?\n")
        let atPrompt = Diagnostic(line: 1, column: 1, sourceLine: "lod", message: "unknown command \"lod\"")
        #expect(atPrompt.rendered == "1:1: unknown command \"lod\"\n  lod\n  ^\n")
        #expect(Diagnostic(file: "x.vsh", message: "x.vsh: no such file").rendered == "x.vsh: x.vsh: no such file\n")
    }

    @Test func keepsTabsUnderTheCaretAndEscapeSequencesOffTheScreen() {
        let diagnostic = Diagnostic(file: "t.vsh", line: 1, column: 7, sourceLine: "\techo\u{1B}[2J x", message: "m")
        #expect(diagnostic.rendered == "t.vsh:1:7: m\n  \techo␛[2J x\n  \t     ^\n")
    }

    @Test func putsLibraryErrorsIntoSentences() throws {
        #expect(FoundationErrorText.describe(URLError(.badURL)) == "is not a web address that can be downloaded")
        #expect(FoundationErrorText.describe(URLError(.secureConnectionFailed)).hasPrefix("cannot be reached securely"))
        #expect(FoundationErrorText.describe(URLError(.cannotLoadFromNetwork)) == "could not be downloaded (network error -2000)")
        let json = #expect(throws: (any Error).self) { try JSONSerialization.jsonObject(with: Data("{".utf8)) }
        #expect(json.map(FoundationErrorText.describe)?.hasPrefix("is not valid JSON") == true)
        let mismatch = #expect(throws: DecodingError.self) { try JSONDecoder().decode([String: Int].self, from: Data("[1]".utf8)) }
        #expect(mismatch.map(JSONErrorText.describe) == "wrong type of value (expected an object)")
        let missing = #expect(throws: (any Error).self) { try Data(contentsOf: URL(fileURLWithPath: "/no/such/file")) }
        #expect(missing.map(FoundationErrorText.describe) == "/no/such/file: no such file or folder")
    }

    @Test func pointsAtTheWordAnErrorIsAbout() {
        let test = TestShell()
        #expect(test.said("load Scripts/articles; quotes --kind all --format 'Nobody Here'")
            == "loaded 3 articles with 14 quotes and 1 scare quote or title (a1–a3)\ntest.vsh:1:51: quotes: --format must be one of table, json, jsonl, csv, tsv, "
                + "not \"Nobody Here\"\n  load Scripts/articles; quotes --kind all --format 'Nobody Here'\n" + String(repeating: " ", count: 52) + "^\n")
    }
}
