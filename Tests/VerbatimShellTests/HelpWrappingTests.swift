import Testing
@testable import VerbatimShell
import VerbatimTestSupport

/// Help pages wrapped to the terminal's width, 80 columns in files and pipes.
@Suite struct HelpWrappingTests {
    @Test func everyHelpPageFitsEightyColumnsInAPipe() {
        let test = TestShell()
        for name in ["help"] + test.shell.registry.names.map({ "help \($0)" }) {
            let lines = test.printed(name).split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= 80 }, "\(name): \(lines.filter { DisplayWidth.of(String($0)) > 80 })")
            // A line continued in the source shows no backslash (help benchmark-hostile once did).
            #expect(!lines.contains { $0.hasSuffix("\\") } && !lines.contains { $0.contains("\\\\") }, "\(name)")
        }
    }

    /// Prose written with line breaks in the source is wrapped afresh: a line ends early only
    /// where the next word would not fit.
    @Test func everyHelpPageFillsItsLines() {
        let test = TestShell()
        for name in test.shell.registry.names {
            #expect(HelpPages.linesEndingEarly(in: test.printed("help \(name)")) == [], "help \(name)")
        }
    }

    @Test func reflowsParagraphsButKeepsBlankLinesIndentationAndBullets() {
        let text = "One sentence\nwrapped early.\nA paragraph (its own).\n\n  an example\nafter it\n- a bullet\n  indented\n* another"
        #expect(TextWrapping.reflowed(text)
                == "One sentence wrapped early.\nA paragraph (its own).\n\n  an example\nafter it\n- a bullet\n  indented\n* another")
    }

    @Test func wrapsToTheTerminalAndIndentsUnderTheText() throws {
        let test = TestShell()
        test.shell.outputIsTerminal = true
        test.shell.terminalColumns = { 50 }
        let page = test.printed("help quotes").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(page.allSatisfy { DisplayWidth.of($0) <= 50 }, "\(page)")
        // An option's help goes on under its own first word.
        let option = try #require(page.firstIndex { $0.hasPrefix("  --raw") })
        let column = try #require(page[option].range(of: "In CSV")).lowerBound.utf16Offset(in: page[option])
        #expect(page[option + 1].prefix(column).allSatisfy { $0 == " " } && page[option + 1].dropFirst(column).first != " ")
        #expect(page[0].hasPrefix("usage: quotes") && page[1].hasPrefix("       "))
    }

    @Test func keepsAWordLongerThanTheWidthWhole() {
        let long = String(repeating: "x", count: 30)
        #expect(TextWrapping.wrapped("short \(long) end", width: 20) == "short\n\(long)\nend")
        #expect(TextWrapping.wrapped("", width: 20) == "")
        #expect(TextWrapping.wrapped("four five six", width: 9) == "four five\nsix")
        #expect(TextWrapping.wrapped("  --a  one two three four five", width: 16) == "  --a  one two\n       three\n       four five")
    }
}
