import Foundation
import Testing
@testable import VerbatimShell
import VerbatimTestSupport

/// `option`: settings that last for the session.
@Suite struct OptionCommandTests {
    @Test func listsShowsAndChangesTheSettings() {
        let test = TestShell()
        #expect(test.printed("option --format tsv") == """
            name\tvalue\tmeaning
            format\ttable\tformat of listings without --format
            headers\ton\tcolumn names atop tables, CSV and TSV
            width\tauto\ttables fit the terminal; whole cells in files and pipes
            pager\ton\toutput taller than the terminal paged ($PAGER, else less -FRX)
            quiet\toff\tstatus lines left out
            timing\toff\teach command's time on standard error

            """)
        #expect(test.run("option format csv; option headers off; option width 90; option quiet on; option timing on; option pager off") == 0)
        #expect(test.shell.options.format == .csv && !test.shell.options.headers && test.shell.options.width == .columns(90))
        #expect(!test.shell.options.pager)
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

/// `--to FILE` on every listing.
@Suite struct ListingToFileTests {
    @Test func everyListingCanGoToAFile() throws {
        let test = TestShell()
        let folder = temporaryFolder()
        test.run("load Scripts/articles")
        for command in test.shell.registry.all where command.signature.listsRows {
            #expect(command.signature.writesListingsToFiles && command.signature.option(named: "to") != nil, "\(command.signature.name)")
        }
        test.output = ""
        #expect(test.said("quotes --to \(folder)/quotes.txt; speakers --format csv --to \(folder)/speakers.csv")
            == "wrote 14 rows to \(folder)/quotes.txt\nwrote 4 rows to \(folder)/speakers.csv\n")
        #expect(test.output.isEmpty, "nothing shown")
        let table = try String(contentsOfFile: folder + "/quotes.txt", encoding: .utf8)
        // Whole cells, as a pipe gets them, even when the shell's output is a terminal.
        #expect(table.contains("“We are being asked to accept a plan that nobody on the commission has seen in writing,”"))
        #expect(try String(contentsOfFile: folder + "/speakers.csv", encoding: .utf8).hasPrefix("speaker,quotes,type,roles,aliases\r\n"))
        test.shell.outputIsTerminal = true
        test.shell.terminalColumns = { 60 }
        test.run("quotes --to \(folder)/narrow.txt")
        #expect(try String(contentsOfFile: folder + "/narrow.txt", encoding: .utf8) == table)
    }
}

/// `history [N]`.
@Suite struct HistoryCommandTests {
    @Test func listsTheLastEntriesNumberedFromTheOldest() {
        let test = TestShell()
        #expect(test.printed("history --format tsv") == "number\tcommand\n", "no history outside the prompt")
        test.shell.history = { ["load Scripts/articles", "echo \"a\nb\"", "quotes"] }
        #expect(test.printed("history 2 --format tsv") == "number\tcommand\n2\techo \"a\\nb\"\n3\tquotes\n")
        #expect(test.printed("history 0 --format tsv") == "number\tcommand\n")
        #expect(test.printed("history 9 --format tsv").split(separator: "\n").count == 4)
        #expect(test.run("history -1") == 2 && test.run("history lots") == 2)
    }
}

/// Unsaved changes are dropped at the prompt only when the person says so.
@Suite struct UnsavedChangesTests {
    @Test func asksBeforeDroppingAndNeverInScripts() throws {
        let test = TestShell()
        let folder = temporaryFolder()
        var asked = 0, answer = false
        // A script never asks.
        #expect(test.run("load Scripts/articles; reset") == 0 && test.shell.session.articles.isEmpty)
        test.shell.confirm = { _ in asked += 1; return answer }
        test.run("load Scripts/articles")
        #expect(test.said("reset").contains("kept the session") && test.shell.session.articles.count == 3 && asked == 1)
        #expect(test.run("exit") == 0 && asked == 2, "exit kept the session")
        #expect(test.run("open \(folder)/none.vbs") == 0 && asked == 3 && test.shell.session.articles.count == 3)
        // Saved, nothing is lost: no question.
        test.run("save \(folder)/s.vbs")
        #expect(test.said("reset").hasPrefix("removed 3 articles") && asked == 3)
        test.run("open \(folder)/s.vbs; unload a1")
        #expect(test.shell.hasUnsavedChanges)
        #expect(test.said("reset --force").hasPrefix("removed 2 articles") && asked == 3)
        // The same articles as saved, loaded again, lose nothing.
        test.run("load Scripts/articles")
        #expect(!test.shell.hasUnsavedChanges)
        test.run("unload a3")
        answer = true
        #expect(test.said("reset").hasPrefix("removed 2 articles") && asked == 4)
        test.run("load Scripts/articles")
        answer = false
        #expect(throws: ShellError.self) { try CommandLoop(shell: test.shell, file: nil).run(source: "exit! 3") != 0 }
        #expect(asked == 4)
    }
}

/// `compare --against ARTICLE`.
@Suite struct CompareAgainstTests {
    @Test func judgesEveryOccurrenceAgainstTheGivenArticle() {
        let test = TestShell()
        test.run("load Scripts/articles")
        let rows = test.printed("compare --all --against a3 --format tsv").split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        // Harbor Daily's "council has seen" is the reference: the others' "commission … in writing" are the change.
        let reyes = rows.filter { $0[5] == "q5" || $0[5] == "q8" }
        #expect(reyes.count == 2 && reyes.allSatisfy { $0[7] == "altered" && $0[13] == "q14" })
        #expect(rows.dropFirst().filter { $0[7] == "original" }.allSatisfy { $0[1] == "a3" })
        // Named with two others, the article joins them.
        let three = test.printed("compare a1 a2 --against a3 --format tsv")
        #expect(three.contains("\ta3\t") && three.contains("\tq14\t"))
        #expect(test.run("compare --all --against a9") == 1)
    }
}

/// `output FILE … output`.
@Suite struct OutputCommandTests {
    @Test func sendsWhatCommandsPrintToAFileUntilOutputAlone() throws {
        let test = TestShell()
        let folder = temporaryFolder()
        test.run("load Scripts/articles")
        test.shell.outputIsTerminal = true
        test.shell.terminalColumns = { 40 }
        test.output = ""
        #expect(test.said("output \(folder)/one.txt; quotes; echo \"bell\u{07}\"; output \(folder)/two.txt; echo two; output")
            == "wrote \(folder)/one.txt\nwrote \(folder)/two.txt\n")
        #expect(test.output.isEmpty, "nothing shown while the output goes to a file")
        let one = try String(contentsOfFile: folder + "/one.txt", encoding: .utf8)
        // A file gets the data as it is: whole cells, the bell not made safe, no colour.
        #expect(one.contains("“We are being asked to accept a plan that nobody on the commission has seen in writing,”"))
        #expect(one.hasSuffix("bell\u{07}\n") && !one.contains("\u{1B}["))
        #expect(try String(contentsOfFile: folder + "/two.txt", encoding: .utf8) == "two\n")
        #expect(test.printed("echo back") == "back\n")
        #expect(test.said("output") == "output was not going to a file\n")
    }

    /// A file that cannot be written is refused when output names it, not after everything
    /// meant for it has been gathered; the output stays where it was, and nothing is left behind.
    @Test func refusesAFileItCannotWriteAtOnce() throws {
        let test = TestShell()
        let folder = temporaryFolder()
        #expect(test.run("output \(folder)/missing/out.txt") == 1)
        #expect(test.errors.contains("\(folder)/missing/out.txt: cannot be written (No such file or directory)"))
        #expect(test.run("output \(folder)") == 1)
        #expect(test.errors.contains("it is a folder"))
        #expect(test.printed("echo still here") == "still here\n")
        #expect(test.run("output \(folder)/fine.txt; echo x; output") == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["fine.txt"])
    }

    @Test func writesTheFileWhenTheShellEnds() throws {
        let test = TestShell()
        let folder = temporaryFolder()
        test.run("output \(folder)/kept.txt; echo kept; exit 3")
        #expect(!FileManager.default.fileExists(atPath: folder + "/kept.txt"))
        test.shell.finishOutput()
        #expect(try String(contentsOfFile: folder + "/kept.txt", encoding: .utf8) == "kept\n")
    }
}
