import Foundation
import Testing
import VerbatimShell
import VerbatimTestSupport

/// Text that would make a terminal act instead of show: hidden words (`ESC [8m`), the
/// clipboard (OSC 52), a cleared screen, bidi overrides, NUL. On a terminal every one is shown
/// visibly; to a file or pipe the data stays byte for byte.
@Suite struct HostileScreenTests {
    static let escape = "\u{1B}", hide = "\u{1B}[8m", clipboard = "\u{1B}]52;c;ZXZpbA==\u{07}", override = "\u{202E}"

    /// Every character a terminal acts on, as printed raw.
    static let dangerous: [Unicode.Scalar] = ["\u{1B}", "\u{07}", "\u{00}", "\u{0D}", "\u{7F}", "\u{9B}", "\u{202E}", "\u{2066}"]

    /// A shell in a folder with an article whose title and text hide words, write the
    /// clipboard, clear the screen and reverse text, and a corpus line with NUL and a line break.
    func hostileShell(terminal: Bool) throws -> TestShell {
        let folder = temporaryFolder()
        let article = "Title \(Self.clipboard) with \u{1B}[2J\u{7F}\u{9B}2J\n\n“We \(Self.hide)never\u{1B}[0m agreed,” said Ana Ferreira \(Self.override)today.\n"
        try article.write(toFile: folder + "/hostile.txt", atomically: true, encoding: .utf8)
        try #"{"title": "nul\u0000here \u2066isolated", "outlet": "line\nbreak", "text": "Plain."}"#
            .write(toFile: folder + "/corpus.jsonl", atomically: true, encoding: .utf8)
        let test = TestShell(workingDirectory: folder)
        test.shell.outputIsTerminal = terminal
        test.shell.errorIsTerminal = terminal
        #expect(test.run("load hostile.txt corpus.jsonl") == 0, "\(test.errors)")
        return test
    }

    func isSafe(_ text: String) -> Bool {
        !text.unicodeScalars.contains { Self.dangerous.contains($0) }
    }

    @Test func escapesEveryControlVisiblyAndKeepsLinesAndTabs() {
        #expect(TerminalSafeText.escaping("a\u{1B}[8mb\u{07}\u{00}\u{7F}\r\n\tc") == "a␛[8mb␇␀␡\r\n\tc", "a CSV line's end stays")
        #expect(TerminalSafeText.escaping("hidden\rshown\r") == "hidden␍shown␍", "a carriage return that would overwrite")
        #expect(TerminalSafeText.escaping("x\u{9B}2J \u{202E}y\u{2069}") == "x\\u{9B}2J \\u{202E}y\\u{2069}")
        #expect(TerminalSafeText.escaping("tab\there", keepsTabs: false) == "tab␉here")
        #expect(TerminalSafeText.escaping("a\u{200F}b\u{200E}c\u{061C}d") == "a\\u{200F}b\\u{200E}c\\u{61C}d", "bidi marks")
        #expect(TerminalSafeText.escaping("سلام\u{061B}\u{200D}") == "سلام\u{061B}\u{200D}", "their neighbours stay")
        #expect(TerminalSafeText.escaping("\u{1B}é\u{202E}✓\u{9B}") == "␛é\\u{202E}✓\\u{9B}")
        let neighbours = "\u{A0}\u{7E}\u{2029}\u{2027}\u{202F}\u{2065}\u{206A}\u{2F00}🗞️ "
        #expect(TerminalSafeText.escaping(neighbours) == neighbours)
        let clean = "“Plain words,” said Ana Ferreira — café ✓\n"
        #expect(TerminalSafeText.escaping(clean) == clean)
        #expect(TerminalSafeText.showingLineBreaks("a\r\nb\tc\u{2028}d\u{85}e\u{1B}") == "a␍␊b␉c\\u{2028}d\\u{85}e\u{1B}")
    }

    @Test func leavesNoControlInRandomTextAndChangesNothingElse() {
        // Scalars near every boundary the byte scan decodes, in random strings.
        let pool: [UInt32] = [0x00, 0x09, 0x0A, 0x1B, 0x20, 0x41, 0x7E, 0x7F, 0x80, 0x85, 0x9F, 0xA0, 0xBF, 0xE9, 0x7FF, 0x800,
                              0x600, 0x61B, 0x61C, 0x61D, 0x63F, 0x640, 0x200D, 0x200E, 0x200F, 0x2010,
                              0x2027, 0x2028, 0x202A, 0x202E, 0x202F, 0x2065, 0x2066, 0x2069, 0x206A, 0x2FFF, 0x3000, 0xFFFD, 0x1F5DE]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                scalars.append(Unicode.Scalar(pool.randomElement(using: &generator)!)!)
            }
            let text = String(scalars)
            let shown = TerminalSafeText.escaping(text)
            #expect(isSafe(shown) && !shown.unicodeScalars.contains { (0x80...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) })
            #expect(TerminalSafeText.escaping(shown) == shown, "\(text.debugDescription)")
            let kept = text.unicodeScalars.filter { !(0..<0x20).contains($0.value) && !(0x7F...0x9F).contains($0.value)
                && ![0x061C, 0x200E, 0x200F].contains($0.value) && !(0x202A...0x202E).contains($0.value)
                && !(0x2066...0x2069).contains($0.value) || $0 == "\n" || $0 == "\t" }
            #expect(kept.count == text.unicodeScalars.count ? shown == text : shown != text, "\(text.debugDescription)")
        }
    }

    @Test func showsArticlesQuotesAndTitlesSafelyOnATerminal() throws {
        let test = try hostileShell(terminal: true)
        for command in ["show a1", "show a2", "quotes", "articles", "quotes --format json", "export quotes --format tsv"] {
            let output = test.printed(command)
            #expect(isSafe(output), "\(command): \(output.debugDescription)")
        }
        let shown = test.printed("show a1")
        #expect(shown.contains("Title ␛]52;c;ZXZpbA==␇ with ␛[2J␡\\u{9B}2J"))
        #expect(shown.contains("“We ␛[8mnever␛[0m agreed,”"))
        #expect(shown.contains("Ferreira \\u{202E}today."))
        test.shell.terminalColumns = { 200 }
        let listing = test.printed("articles")
        #expect(listing.contains("a1  Title ␛]52;c;ZXZpbA==␇ with ␛[2J␡\\u{9B}2J  "))
        #expect(listing.contains("a2  nul␀here \\u{2066}isolated                  line␊break"))
    }

    @Test func writesTheDataByteForByteToAFileOrPipe() throws {
        let test = try hostileShell(terminal: false)
        #expect(test.printed("show a1").contains("Title \(Self.clipboard) with \u{1B}[2J\u{7F}\u{9B}2J\n"))
        #expect(test.printed("quotes --format tsv").contains("“We \(Self.hide)never\u{1B}[0m agreed,”"))
        #expect(test.printed("articles --format csv").contains("nul\u{0}here \u{2066}isolated,\"line\nbreak\""))
        #expect(test.printed("articles --format jsonl").contains(#""title": "nul\u0000here \#u{2066}isolated""#))
        // An aligned table keeps its cells' characters, but a row stays one line.
        let table = test.printed("articles")
        #expect(table.contains("nul\u{0}here \u{2066}isolated") && table.contains("line␊break"))
        #expect(table.split(separator: "\n").count == 4)
    }

    @Test func reportsErrorsAndStatusSafelyOnATerminalOnly() throws {
        for terminal in [true, false] {
            let test = try hostileShell(terminal: terminal)
            test.errors = ""
            #expect(test.run("load 'x\(Self.hide)y'; echo never") == 1)
            #expect(test.errors.contains(terminal ? "x␛[8my: no files match this pattern" : "x\(Self.hide)y: no files match this pattern"), "\(test.errors.debugDescription)")
            // The offending line is always shown safe; its caret stays under the word.
            #expect(test.errors.contains("  load 'x␛[8my'; echo never\n       ^\n"))
            #expect(test.said("\(Self.hide)x").contains(terminal ? "unknown command \"␛[8mx\"" : "unknown command \"\(Self.hide)x\""))
            #expect(test.printed("echo '\(Self.override)x'") == (terminal ? "\\u{202E}x\n" : "\(Self.override)x\n"))
        }
    }

    @Test func keepsEveryRowOfAnAlignedTableOnOneLine() {
        let table = Table(columns: ["id", "field\nname", "tab\there"], rows: [[.text("r1"), .text("one\r\ntwo"), .text("a\u{2028}b")]])
        let rendered = TableRenderer().render(table, as: .table)
        #expect(rendered == """
        id  field␊name  tab␉here
        --  ----------  ----------
        r1  one␍␊two    a\\u{2028}b

        """)
    }

    /// A plugin whose summary, help, messages, column names and cells carry escape sequences.
    static let hostilePlugin = #"""
    #!/bin/sh
    read request
    case "$request" in
      *'"request":"describe"'*)
        echo '{"type":"description","version":1,"plugin":"evil","commands":[{"name":"evil","summary":"Looks \u001b[8mharmless\u001b[0m \u202eok","help":"Clears \u001b[2J the screen."},{"name":"fail","summary":"Fails."}]}' ;;
      *'"command":"fail"'*) printf 'down \033[2J\n' >&2; exit 3 ;;
      *) echo '{"type":"message","level":"warning","text":"careful \u001b[2J"}'; echo '{"type":"message","text":"note \u009b2J"}'
         printf '%s\n' '{"type":"result","columns":["field\nname\u001b[8m","b"],"rows":[["x\u001b[8my","line\nbreak"]]}' ;;
    esac
    """#

    func pluginShell(terminal: Bool, plugin: String = hostilePlugin) -> TestShell {
        let folder = temporaryFolder()
        FileManager.default.createFile(atPath: folder + "/evil", contents: Data(plugin.utf8), attributes: [.posixPermissions: 0o755])
        let test = TestShell()
        test.shell.outputIsTerminal = terminal
        test.shell.errorIsTerminal = terminal
        PluginDiscovery.load(into: test.shell, executable: nil,
                             environment: ["VERBATIM_PLUGIN_PATH": folder, "XDG_CONFIG_HOME": folder + "/config",
                                           "XDG_CACHE_HOME": folder + "/cache"])
        return test
    }

    @Test func refusesAPluginThatNamesItselfWithAnEscapeSequenceAndSaysSoSafely() {
        let plugin = Self.hostilePlugin.replacingOccurrences(of: #""plugin":"evil""#, with: #""plugin":"evil\u001b]52;c;ZXZpbA==\u0007""#)
        for terminal in [true, false] {
            let test = pluginShell(terminal: terminal, plugin: plugin)
            #expect(test.errors.contains("which is not a plugin name"))
            #expect(isSafe(test.errors), "\(test.errors.debugDescription)")
            #expect(test.said("evil").contains("unknown command"))
        }
    }

    @Test func showsWhatAPluginSaysSafelyOnATerminal() {
        let test = pluginShell(terminal: true)
        for command in ["help", "help evil", "plugins", "evil", "fail"] {
            test.output = ""
            test.errors = ""
            test.run(command)
            #expect(isSafe(test.output) && isSafe(test.errors), "\(command): \(test.output.debugDescription) \(test.errors.debugDescription)")
        }
        #expect(test.printed("help").contains("Looks ␛[8mharmless␛[0m \\u{202E}ok"))
        #expect(test.printed("help evil").contains("Clears ␛[2J the screen."))
        #expect(test.said("fail").contains("exited with status 3: down ␛[2J"))
        test.errors = ""
        #expect(test.printed("evil") == "field␊name␛[8m  b\n--------------  ----------\nx␛[8my          line␊break\n")
        #expect(test.errors == "evil: warning: careful ␛[2J\nevil: note \\u{9B}2J\n")
    }

    @Test func passesWhatAPluginSaysOnExactlyToAPipe() {
        let test = pluginShell(terminal: false)
        #expect(test.printed("evil --format tsv") == "field\\nname\u{1B}[8m\tb\nx\u{1B}[8my\tline\\nbreak\n")
        #expect(test.errors == "evil: warning: careful \u{1B}[2J\nevil: note \u{9B}2J\n")
        #expect(test.printed("evil").hasPrefix("field␊name\u{1B}[8m  b\n"))
    }
}
