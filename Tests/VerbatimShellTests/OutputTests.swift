import Testing
import VerbatimShell

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
          {"id": "q2", "text": null, "n": 0.833}
        ]

        """)
        #expect(renderer.render(table, as: .csv) == "id,text,n\r\nq1,\"say \"\"hi\"\", then\tgo\nnow\",3\r\nq2,,0.833\r\n")
        #expect(renderer.render(table, as: .tsv) == "id\ttext\tn\nq1\tsay \"hi\", then\\tgo\\nnow\t3\nq2\t\t0.833\n")
        #expect(renderer.render(Table(columns: ["a"]), as: .json) == "[]\n")
        #expect(renderer.render(Table(columns: ["a"]), as: .table) == "a\n-\n(none)\n")
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

    @Test func cutsLongCellsInAlignedTablesOnly() {
        let long = Table(columns: ["t"], rows: [[.text(String(repeating: "x", count: 100))]])
        let renderer = TableRenderer(maximumCellWidth: 10)
        #expect(renderer.render(long, as: .table).contains("xxxxxxxxx…\n"))
        #expect(renderer.render(long, as: .tsv).contains(String(repeating: "x", count: 100)))
    }
}
