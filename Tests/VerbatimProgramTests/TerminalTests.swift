import Foundation
import Testing
import VerbatimTestSupport

/// The interactive shell on a real pseudo-terminal: completion, history, Ctrl-C, Ctrl-D and
/// non-ASCII text, as a person types them.
@Suite(.serialized) struct TerminalTests {
    let state = temporaryFolder()

    /// A shell with its own history folder and no locale variables, as on a bare machine.
    func start(columns: UInt16 = 120, arguments: [String] = [], configuration: String? = nil,
               pager: String? = "") throws -> TerminalSession {
        var environment = ["XDG_STATE_HOME": state, "HOME": state]
        environment["XDG_CONFIG_HOME"] = configuration
        // No pager unless a test asks for one, so long output reaches the transcript as it is.
        environment["PAGER"] = pager
        let session = try TerminalSession(environment: environment, columns: columns, arguments: arguments)
        try session.expect("verbatim> ")
        // libedit prints its first prompt a moment before it takes the terminal out of
        // canonical mode; keys typed in that moment can be lost (see typeEndOfInput).
        Thread.sleep(forTimeInterval: 0.2)
        return session
    }

    @Test(arguments: [80, 200])
    func fitsTablesToTheTerminalsWidth(columns: Int) throws {
        let terminal = try start(columns: UInt16(columns))
        terminal.type("load Scripts/articles\r")
        try terminal.expect("verbatim (3 articles, 14 quotes)> ")
        terminal.type("quotes\r")
        let shown = try terminal.expect("verbatim (3 articles, 14 quotes)> ")
        func rows(_ text: String) -> [String] {
            text.components(separatedBy: "\r\n").filter { $0.first == "q" && $0.dropFirst().first?.isNumber == true }
        }
        #expect(rows(shown).count == 14)
        // Rows take the terminal's width without going past it, cut only when they must.
        let widest = rows(shown).map(\.count).max() ?? 0
        #expect(widest <= columns && widest > 60, "rows \(rows(shown))")
        #expect(rows(shown).contains { $0.hasSuffix("…") } == (columns == 80))
        terminal.type("quotes --wide\r")
        let whole = try terminal.expect("verbatim (3 articles, 14 quotes)> ")
        #expect(rows(whole).count == 14 && !rows(whole).contains { $0.hasSuffix("…") })
    }

    @Test func followsTheTerminalWhenItIsResizedWhileALineIsTyped() throws {
        let terminal = try start(columns: 80)
        let prompt = "verbatim (3 articles, 14 quotes)> "
        terminal.type("load Scripts/articles\r")
        try terminal.expect(prompt)
        terminal.type("quo")
        try terminal.expect("quo")
        terminal.resize(columns: 200)
        // The line being typed is drawn again in place (from the start of its row, cleared)
        // for the new width, and the table takes it.
        try terminal.expect("\r\u{1B}[J" + prompt + "quo")
        terminal.type("tes\r")
        let shown = try terminal.expect(prompt)
        let rows = shown.components(separatedBy: "\r\n").filter { $0.first == "q" && $0.dropFirst().first?.isNumber == true }
        #expect(rows.count == 14 && (rows.map(\.count).max() ?? 0) > 80 && !rows.contains { $0.hasSuffix("…") },
                "rows \(rows)")
    }

    @Test func runsTheInitFileBeforeThePromptUnlessToldNot() throws {
        let configuration = temporaryFolder()
        try FileManager.default.createDirectory(atPath: configuration + "/verbatim", withIntermediateDirectories: true)
        try "option format csv\noption nonsense on\nset greeting hello\n"
            .write(toFile: configuration + "/verbatim/init.vsh", atomically: true, encoding: .utf8)
        let terminal = try start(configuration: configuration)
        terminal.type("echo $greeting; option format\r")
        try terminal.expect("\r\nhello\r\n")
        try terminal.expect("format,csv,")
        // The init file's error was reported by file and line, and the rest still ran.
        #expect(terminal.everything.contains("init.vsh:2:8: option: no setting \"nonsense\""))
        terminal.typeEndOfInput()
        #expect(try terminal.exitStatus() == 0)

        let bare = try start(arguments: ["-n"], configuration: configuration)
        bare.type("option format\r")
        try bare.expect("format  table")
    }

    @Test func pagesOutputTallerThanTheTerminal() throws {
        let terminal = try start(pager: "sed 's/^/paged: /'")
        terminal.type("echo short\r")
        try terminal.expect("\r\nshort\r\n")
        terminal.type("help\r")
        try terminal.expect("paged: Commands:")
        try terminal.expect("verbatim> ")
        terminal.type("option pager off; help\r")
        let shown = try terminal.expect("verbatim> ")
        #expect(shown.contains("Commands:") && !shown.contains("paged: "))
    }

    /// A pager reads its keys from the terminal (less does); one started in a process group
    /// of its own was stopped by the terminal the moment it tried, and the shell hung.
    @Test func thePagerMayReadKeysFromTheTerminal() throws {
        let terminal = try start(pager: "cat >/dev/null; read answer </dev/tty; echo \"pager read $answer\"")
        terminal.type("help\r")
        Thread.sleep(forTimeInterval: 0.3)
        terminal.type("yes\r")
        try terminal.expect("pager read yes")
        try terminal.expect("verbatim> ")
    }

    @Test func completesAPathWithASpaceQuoted() throws {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/my articles", withIntermediateDirectories: true)
        try "Story\n\n“We will rebuild,” said Mayor Elena Marsh.".write(toFile: folder + "/my articles/one story.txt",
                                                                          atomically: true, encoding: .utf8)
        let terminal = try TerminalSession(environment: ["XDG_STATE_HOME": state, "HOME": state, "PAGER": ""], directory: folder)
        try terminal.expect("verbatim> ")
        Thread.sleep(forTimeInterval: 0.2)
        // "my" + Tab becomes "my articles/" quoted, the quote left open; Tab again ends the file.
        terminal.type("load my\t")
        try terminal.expect("\"my articles/")
        terminal.type("\t\r")
        try terminal.expect("loaded 1 article with 1 quote (a1)")
    }

    @Test func keepsACommandOfSeveralLinesAsOneHistoryEntry() throws {
        let terminal = try start()
        terminal.type("echo \"abc\r")
        try terminal.expect("...> ")
        terminal.type("def\"\r")
        try terminal.expect("abc\r\ndef\r\n")
        try terminal.expect("verbatim> ")
        terminal.type("echo second\r")
        try terminal.expect("verbatim> ")
        terminal.type("history\r")
        let listed = try terminal.expect("verbatim> ")
        #expect(listed.contains("1       echo \"abc␊def\""), "\(listed)")
        #expect(listed.contains("2       echo second"))
        terminal.type("history 1 --format tsv\r")
        let last = try terminal.expect("verbatim> ")
        #expect(last.contains("3\thistory\r\n") && !last.contains("echo second"), "\(last)")
        // Recalled, the entry runs as it was typed.
        terminal.type("\u{1B}[A\u{1B}[A\u{1B}[A\u{1B}[A\r")
        try terminal.expect("abc\r\ndef\r\n")
    }

    @Test func tabCompletesCommandNamesAndArticleIds() throws {
        let terminal = try start()
        // "lo" + Tab must become "load " for the command to run.
        terminal.type("lo\tScripts/articles/harbor-daily.txt\r")
        try terminal.expect("loaded 1 article with 4 quotes (a1)")
        try terminal.expect("verbatim (1 article, 4 quotes)> ")
        // "sh" + Tab is "show ", and "a" + Tab is the only article, "a1".
        terminal.type("sh\ta\t\r")
        try terminal.expect("a1  Mayor Marsh: Tidewater Bridge")
        try terminal.expect("verbatim (1 article, 4 quotes)> ")
        // The session is not saved: Ctrl-D asks, and no keeps it.
        terminal.typeEndOfInput()
        try terminal.expect("Drop them? [y/N] ")
        terminal.type("n\r")
        try terminal.expect("kept the session")
        try terminal.expect("verbatim (1 article, 4 quotes)> ")
        // A second Ctrl-D at the question leaves.
        terminal.typeEndOfInput()
        try terminal.expect("Drop them? [y/N] ")
        terminal.typeEndOfInput()
        #expect(try terminal.exitStatus() == 0)
    }

    @Test func showsTheProgressOfALongLoad() throws {
        let folder = temporaryFolder()
        for number in 1...120 {
            try "Story \(number)\n\n“We will rebuild,” said Mayor Elena Marsh.".write(toFile: "\(folder)/\(number).txt", atomically: true, encoding: .utf8)
        }
        let terminal = try start()
        terminal.type("load \(folder)\r")
        try terminal.expect(" of 120 files")
        try terminal.expect("loaded 120 articles with 120 quotes (a1–a120)")
        try terminal.expect("verbatim (120 articles, 120 quotes)> ")
    }

    /// Ctrl-C stops a long load of local files within a batch, keeping what it loaded.
    @Test func ctrlCStopsALongLoadOfFilesSoon() throws {
        let folder = temporaryFolder()
        let paragraph = String(repeating: "“We will rebuild the bridge before the winter,” said Mayor Elena Marsh on Tuesday. ", count: 40)
        for number in 1...3_000 {
            try "Story \(number)\n\n\(paragraph)".write(toFile: "\(folder)/\(number).txt", atomically: false, encoding: .utf8)
        }
        let terminal = try start()
        terminal.type("load \(folder)\r")
        try terminal.expect(" of 3000 files")
        terminal.type("\u{03}")
        let said = try terminal.expect(" of 3000 files (those stay loaded)")
        let loaded = said.components(separatedBy: "interrupted after loading ").last.flatMap { Int($0.prefix { $0.isNumber }) }
        #expect((loaded ?? 3_000) < 3_000, "\(said.suffix(200))")
        try terminal.expect("verbatim (")
    }

    @Test func twoShellsWritingHistoryAtOnceLeaveAWholeFile() throws {
        let first = try start(), second = try start()
        for number in 0..<40 {
            first.type("echo first-\(number)\r")
            second.type("echo second-\(number)\r")
        }
        try first.expect("\nfirst-39\r\n", within: 60)
        try second.expect("\nsecond-39\r\n", within: 60)
        try first.expect("verbatim> ")
        try second.expect("verbatim> ")
        let history = try String(contentsOfFile: state + "/verbatim/history", encoding: .utf8)
        let lines = history.split(separator: "\n")
        #expect(lines.first == "_HiStOrY_V2_")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("echo\\040first-") || $0.hasPrefix("echo\\040second-") })
        #expect(lines.count == 41, "\(lines)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: state + "/verbatim").filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func listsTheCandidatesWhenTabHasSeveral() throws {
        let terminal = try start()
        terminal.type("load Scripts/articles\r")
        try terminal.expect("verbatim (3 articles, 14 quotes)> ")
        // The first Tab beeps; the second lists them.
        terminal.type("show a\t\t")
        try terminal.expect("a1             a2             a3             alder-gazette")
        terminal.type("2\r")
        try terminal.expect("a2  Tidewater Bridge closure")
    }

    @Test func recallsHistoryFromAnEarlierRunWithTheUpArrow() throws {
        let first = try start()
        first.type("echo remembered-line\r")
        try first.expect("\nremembered-line\r\n")
        try first.expect("verbatim> ")
        first.typeEndOfInput()
        #expect(try first.exitStatus() == 0)

        let second = try start()
        second.type("\u{1B}[A")
        try second.expect("echo remembered-line")
        second.type("\r")
        try second.expect("\nremembered-line\r\n")
        let history = try String(contentsOfFile: state + "/verbatim/history", encoding: .utf8)
        #expect(history.contains("remembered-line"))
    }

    @Test func ctrlCAbandonsTheLineAndKeepsTheShell() throws {
        let terminal = try start()
        terminal.type("load Scripts/articles\r")
        try terminal.expect("verbatim (3 articles, 14 quotes)> ")
        Thread.sleep(forTimeInterval: 0.2)
        terminal.type("echo abandoned")
        try terminal.expect("abandoned")
        terminal.type("\u{03}")
        try terminal.expect("verbatim (3 articles, 14 quotes)> ")
        terminal.type("echo alive\r")
        let seen = try terminal.expect("\nalive\r\n")
        #expect(!seen.contains("\nabandoned\r\n"))
        terminal.type("exit! 4\r")
        #expect(try terminal.exitStatus() == 4)
    }

    @Test func ctrlCInterruptsARunningCommandAndKeepsTheSession() throws {
        let script = state + "/long.vsh"
        try String(repeating: "set counter step\n", count: 1_000_000).write(toFile: script, atomically: true, encoding: .utf8)
        let terminal = try start()
        terminal.type("load Scripts/articles\r")
        try terminal.expect("verbatim (3 articles, 14 quotes)> ")
        terminal.type("source \(script)\r")
        Thread.sleep(forTimeInterval: 0.3)
        terminal.type("\u{03}")
        try terminal.expect("interrupted")
        try terminal.expect("verbatim (3 articles, 14 quotes)> ")
        terminal.type("echo still here\r")
        try terminal.expect("\nstill here\r\n")
    }

    @Test func curlyQuotesAndAccentsSurviveEditing() throws {
        let terminal = try start()
        terminal.type("echo “héllo” café\r")
        try terminal.expect("\n“héllo” café\r\n")
        terminal.type("quotes --grep “sham”\r")
        try terminal.expect("(none)")
        try terminal.expect("verbatim> ")
        terminal.typeEndOfInput()
        #expect(try terminal.exitStatus() == 0)
    }

    @Test func reportsErrorsAndKeepsTheSession() throws {
        let terminal = try start()
        terminal.type("load Scripts/articles; frobnicate\r")
        try terminal.expect("1:24: unknown command \"frobnicate\"; type help for the list\r\n  load Scripts/articles; frobnicate\r\n")
        terminal.type("show a9\r")
        try terminal.expect("1:6: show: no article \"a9\" (the session has a1–a3)\r\n  show a9\r\n       ^\r\n")
        terminal.type("echo 'open\r")
        try terminal.expect("...> ")
        terminal.type("still' ${\r")
        try terminal.expect("2:8: ${ is never closed by }\r\n  still' ${\r\n         ^\r\n")
        try terminal.expect("verbatim (3 articles, 14 quotes)> ")
        terminal.type("exit\r")
        try terminal.expect("Drop them? [y/N] ")
        terminal.type("yes\r")
        #expect(try terminal.exitStatus() == 0)
    }
}
