import Foundation
import Testing
@testable import VerbatimShell

@Suite struct OutputTests {
    let table = Table(columns: ["id", "text", "n"], rows: [
        [.text("q1"), .text("say \"hi\", then\tgo\nnow"), .integer(3)],
        [.text("q2"), .null, .number(0.8333333)],
    ])

    @Test func rendersEveryFormat() {
        let renderer = TableRenderer()
        #expect(renderer.render(table, as: .table) == """
        id  text                   n
        --  ---------------------  -----
        q1  say "hi", then␉go␊now  3
        q2                         0.833

        """)
        #expect(renderer.render(table, as: .json) == """
        [
          {"id": "q1", "text": "say \\"hi\\", then\\tgo\\nnow", "n": 3},
          {"id": "q2", "text": null, "n": 0.8333333}
        ]

        """)
        #expect(renderer.render(table, as: .csv) == "id,text,n\r\nq1,\"say \"\"hi\"\", then\tgo\nnow\",3\r\nq2,,0.8333333\r\n")
        #expect(renderer.render(table, as: .tsv) == "id\ttext\tn\nq1\tsay \"hi\", then\\tgo\\nnow\t3\nq2\t\t0.8333333\n")
        #expect(renderer.render(Table(columns: ["a"]), as: .json) == "[]\n")
        #expect(renderer.render(Table(columns: ["a"]), as: .table) == "a\n-\n(none)\n")
    }

    @Test func escapesEveryLineBreakInDelimitedFormats() {
        // A CRLF is one Character in Swift: it was once written raw into TSV.
        let table = Table(columns: ["a", "b"], rows: [[.text("one\r\ntwo\\"), .text("x\u{2028}y")], [.text("\u{1}\u{85}"), .text("plain")]])
        let renderer = TableRenderer()
        #expect(renderer.render(table, as: .tsv) == "a\tb\none\\r\\ntwo\\\\\tx\u{2028}y\n\u{1}\u{85}\tplain\n")
        #expect(renderer.render(table, as: .csv) == "a,b\r\n\"one\r\ntwo\\\",\"x\u{2028}y\"\r\n\"\u{1}\u{85}\",plain\r\n")
        #expect(renderer.render(table, as: .jsonl) == #"{"a": "one\r\ntwo\\", "b": "x\#u{2028}y"}"# + "\n" + #"{"a": "\u0001\#u{85}", "b": "plain"}"# + "\n")
    }

    /// Long tables are written a piece of rows on each core, joined in row order.
    @Test func writesLongTablesWholeAndInOrder() throws {
        let count = TableRenderer.rowsPerPiece * 2 + 3
        let table = Table(columns: ["n", "text"], rows: (0..<count).map { [.integer($0), .text("row, \($0)")] })
        let renderer = TableRenderer()
        let array = try #require(try JSONSerialization.jsonObject(with: Data(renderer.render(table, as: .json).utf8)) as? [[String: Any]])
        #expect(array.map { $0["n"] as? Int } == Array(0..<count))
        #expect(renderer.render(table, as: .jsonl).split(separator: "\n").enumerated().allSatisfy { $1 == #"{"n": \#($0), "text": "row, \#($0)"}"# })
        #expect(renderer.render(table, as: .csv) == "n,text\r\n" + (0..<count).map { "\($0),\"row, \($0)\"\r\n" }.joined())
        #expect(renderer.render(table, as: .tsv) == "n\ttext\n" + (0..<count).map { "\($0)\trow, \($0)\n" }.joined())
    }

    @Test func neutralisesTextCellsThatASpreadsheetWouldRunAsFormulas() {
        let risky = Table(columns: ["=a", "b"], rows: [
            [.text("=1+2"), .text("+1")], [.text("-3"), .integer(-3)], [.text("@SUM(A1)"), .number(-0.5)],
            [.text("\tx"), .text("\rx")], [.text("a=b"), .null],
        ])
        let renderer = TableRenderer()
        #expect(renderer.render(risky, as: .csv) == "=a,b\r\n'=1+2,'+1\r\n'-3,-3\r\n'@SUM(A1),-0.5\r\n'\tx,\"'\rx\"\r\na=b,\r\n")
        #expect(renderer.render(risky, as: .tsv) == "=a\tb\n'=1+2\t'+1\n'-3\t-3\n'@SUM(A1)\t-0.5\n'\\tx\t'\\rx\na=b\t\n")
        #expect(renderer.render(risky, as: .csv, neutralisingFormulas: false).hasPrefix("=a,b\r\n=1+2,+1\r\n-3,-3\r\n"))
        #expect(renderer.render(risky, as: .jsonl).hasPrefix(#"{"=a": "=1+2", "b": "+1"}"#))
    }

    @Test func coloursOnlyWhenAskedAndKeepsTheColoursOnATerminal() {
        let test = TestShell()
        test.run("load Scripts/articles")
        #expect(!test.printed("quotes").contains("\u{1B}"))
        test.shell.renderer.useColor = true
        test.shell.outputIsTerminal = true
        #expect(test.printed("quotes").hasPrefix("\u{1B}[1mid "))
        #expect(test.printed("show a1").contains("\u{1B}[2m[q1 Elena Marsh]\u{1B}[0m"))
        #expect(test.printed("diff q1 q5").contains("\u{1B}[31;9m"))
        #expect(!TableRenderer(useColor: true).render(table, as: .table).contains("\u{1B}"), "no colour in files")
    }

    /// Data formats keep every digit; only the aligned table, for people, rounds.
    @Test func writesNumbersExactlyInDataFormats() {
        let numbers: [Double] = [1.2345678901234567, 1e-7, 5e-324, 2, 0.1, -1e20, 9.3e18]
        let exact = ["1.2345678901234567", "1e-07", "5e-324", "2", "0.1", "-1e+20", "9.3e+18"]
        let table = Table(columns: ["n"], rows: numbers.map { [.number($0)] })
        let renderer = TableRenderer()
        #expect(renderer.render(table, as: .csv) == "n\r\n" + exact.map { $0 + "\r\n" }.joined())
        #expect(renderer.render(table, as: .tsv) == "n\n" + exact.map { $0 + "\n" }.joined())
        #expect(renderer.render(table, as: .jsonl) == exact.map { #"{"n": \#($0)}"# + "\n" }.joined())
        for (number, text) in zip(numbers, exact) { #expect(Double(text) == number) }
        #expect(renderer.render(table, as: .table).contains("\n1.235\n0\n0\n2\n0.1\n"))
        #expect(renderer.render(Table(columns: ["n"], rows: [[.number(.nan)]]), as: .json).contains(#"{"n": null}"#))
    }

    @Test func writesNumbersOfAnySizeWithoutTrapping() {
        let numbers: [Double] = [1e308, -1e308, 9.3e18, -9.3e18, 9.2e18, 2.5, -0.0, .infinity, -.infinity, .nan]
        let cells = numbers.map { Value.number($0).plainText }
        #expect(cells == ["1e+308", "-1e+308", "9.3e+18", "-9.3e+18", "9200000000000000000", "2.5", "0", "inf", "-inf", "nan"])
    }
}
