import Testing
@testable import VerbatimShell

/// `option`: settings that last for the session.
@Suite struct OptionCommandTests {
    @Test func listsShowsAndChangesTheSettings() {
        let test = TestShell()
        #expect(test.printed("option --format tsv") == """
            name\tvalue\tmeaning
            format\ttable\tformat of listings without --format
            headers\ton\tcolumn names atop tables, CSV and TSV
            width\tauto\ttables fit the terminal; whole cells in files and pipes
            quiet\toff\tstatus lines left out
            timing\toff\teach command's time on standard error

            """)
        #expect(test.run("option format csv; option headers off; option width 90; option quiet on; option timing on") == 0)
        #expect(test.shell.options.format == .csv && !test.shell.options.headers && test.shell.options.width == .columns(90))
        #expect(test.shell.isQuiet && test.shell.options.timing)
        #expect(test.printed("option width --format tsv --raw") == "width\t90\ttables fit 90 columns\n")
        for bad in ["option format xml", "option headers maybe", "option width 5", "option width -3", "option colour on"] {
            #expect(test.run(bad) == 2, "\(bad)")
        }
        #expect(test.errors.contains("no setting \"colour\""))
    }

    @Test func listingsFollowTheSettings() {
        let test = TestShell()
        test.run("load Scripts/articles")
        test.run("option format tsv; option headers off")
        let rows = test.printed("quotes --speaker reyes").split(separator: "\n")
        #expect(rows.count == 4 && rows[0].hasPrefix("q4\ta1\tTomas Reyes"))
        #expect(test.printed("quotes --speaker reyes --format csv").hasPrefix("q4,a1,Tomas Reyes"))
        #expect(test.printed("quotes --speaker reyes --format table").hasPrefix("q4   a1  Tomas Reyes"))
        // export keeps its own default, JSON Lines.
        #expect(test.printed("export quotes").hasPrefix("{\"article\": "))
        test.run("option format table; option headers on; option width 60")
        #expect(test.printed("quotes").split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 60 })
        test.run("option width full")
        test.shell.outputIsTerminal = true
        #expect(test.printed("quotes").split(separator: "\n").contains { DisplayWidth.of(String($0)) > 150 })
    }

    @Test func quietAndTimingSpeakOnStandardError() {
        let test = TestShell()
        #expect(test.said("option quiet on; load Scripts/articles") == "")
        let timed = test.said("option timing on; quotes --format tsv; option timing off; echo")
        #expect(timed.split(separator: "\n").count == 2 && timed.split(separator: "\n").allSatisfy { $0.hasPrefix("time: ") && $0.hasSuffix(" s") })
    }
}
