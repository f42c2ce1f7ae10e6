import Foundation
import Testing
import VerbatimCore
import VerbatimShell
import VerbatimTestSupport

/// Listings of records whose fields are all named differently: JSON keeps only the cells a
/// record has, and the rectangular formats show a bounded number of field columns.
@Suite struct WideListingTests {
    /// 60 articles, each with three fields of its own and one field all share: 181 field columns.
    static func shell() -> TestShell {
        let test = TestShell()
        for index in 0..<60 {
            var source = ArticleSource(text: "“We will rebuild,” said Elena Marsh.")
            for field in 0..<3 { source.fields["f\(index)_\(field)"] = .number(Double(field)) }
            source.fields["shared"] = .text("x")
            test.shell.session.add(source)
        }
        return test
    }

    @Test func jsonLeavesOutTheFieldsARecordDoesNotHave() {
        let test = Self.shell()
        let lines = test.printed("articles --format jsonl").split(separator: "\n")
        #expect(lines.count == 60)
        let first = #"{"id": "a1", "title": null, "outlet": null, "date": null, "quotes": 1, "file": null, "#
            + #""f0_0": 0, "f0_1": 1, "f0_2": 2, "shared": "x"}"#
        #expect(lines.first.map(String.init) == first)
        #expect(!test.printed("articles --format json").contains(#""f1_0": null"#))
        #expect(test.errors.isEmpty, "\(test.errors)")
    }

    @Test(arguments: [OutputFormat.csv, .tsv, .table])
    func rectangularFormatsShowTheMostUsedFieldsAndSaySoOnStandardError(format: OutputFormat) {
        let test = Self.shell()
        let said = test.said("articles --format \(format.rawValue)")
        #expect(said == "left out 131 of 181 field columns, showing the 50 most used; --format jsonl or --format json lists every field\n")
        let header = test.printed("articles --format \(format.rawValue)").split(whereSeparator: \.isNewline).first ?? ""
        let columns = header.split(whereSeparator: { $0 == "," || $0 == "\t" || $0 == " " })
        #expect(columns.count == 6 + 50, "\(header)")
        #expect(columns.last == "shared", "the field every record has is kept")
    }

    /// A corpus's numbers reach JSON and CSV with every digit (they were rounded to three
    /// decimals, and 1.2345678901234567 was read one unit off).
    @Test func keepsEveryDigitOfACorpusNumber() throws {
        let folder = temporaryFolder()
        try #"{"text": "One.", "a": 1.2345678901234567, "b": 1e-7, "c": 5e-324, "d": 2.0}"#
            .write(toFile: folder + "/corpus.jsonl", atomically: true, encoding: .utf8)
        let test = TestShell(workingDirectory: folder)
        #expect(test.run("load corpus.jsonl") == 0)
        #expect(test.printed("articles --format jsonl").hasSuffix(#""a": 1.2345678901234567, "b": 1e-07, "c": 5e-324, "d": 2}"# + "\n"))
        #expect(test.printed("articles --format csv").hasSuffix(",1.2345678901234567,1e-07,5e-324,2\r\n"))
    }

    @Test func aFewFieldsAreAllShownWithoutANote() {
        let test = TestShell()
        var source = ArticleSource(text: "“We will rebuild,” said Elena Marsh.")
        source.fields["only"] = .number(3)
        test.shell.session.add(source)
        test.shell.session.add(ArticleSource(text: "No quote here."))
        #expect(test.printed("articles --format csv").hasSuffix(",only\r\na1,,,,1,,3\r\na2,,,,0,,\r\n"))
        #expect(test.errors.isEmpty, "\(test.errors)")
    }
}
