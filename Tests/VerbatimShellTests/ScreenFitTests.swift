import Testing
@testable import VerbatimShell

/// Tables measured in display columns, fitted to a terminal, whole in pipes and files.
@Suite struct ScreenFitTests {
    @Test func measuresWhatATerminalShows() {
        #expect(DisplayWidth.of("Tidewater") == 9)
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("e\u{301}te\u{301}") == 3)
        #expect(DisplayWidth.of("👍 ok") == 5)
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
        #expect(DisplayWidth.cut("日本語の記事", to: 7) == "日本語…")
        #expect(DisplayWidth.cut("short", to: 7) == "short")
    }

    /// Latin text with curly quotes is measured a scalar at a time; that shortcut must give
    /// what measuring each character gives, for every scalar it takes.
    @Test func measuresLatinTextQuicklyAndTheSame() {
        let scalars = (0x20..<0x7F).map { $0 } + (0xA0..<0x300).map { $0 } + (0x2010...0x205E).map { $0 }
        for value in scalars {
            let text = "“a" + String(Unicode.Scalar(UInt32(value))!) + "”"
            #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) }, "U+\(String(value, radix: 16))")
        }
        #expect(DisplayWidth.of("“Café”, she said — twice…") == 25)
        #expect(DisplayWidth.of("soft\u{AD}hyphen") == 10)
    }

    /// ASCII is measured eight bytes at a time: a byte that is not printable ASCII, at any
    /// place in such a word, must end the shortcut, and a table must still show it.
    @Test func findsWhatIsNotPrintableASCIIAnywhereInALongCell() {
        for odd in ["\u{7F}", "\u{1}", "\u{1F}", "\t", "é", "日", "\u{301}", "\u{200B}"] {
            for place in 0...17 {
                let text = String(repeating: "a", count: place) + odd + String(repeating: "~", count: 17 - place)
                #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) }, "\(odd.unicodeScalars.first!.value) at \(place)")
            }
        }
        let table = Table(columns: ["text"], rows: [[.text("abcdefghij\tklmnopqr\u{7F}stuvwxyz")]])
        #expect(TableRenderer().render(table, as: .table).contains("abcdefghij␉klmnopqr\u{7F}stuvwxyz"))
    }

    /// Long tables are measured and written a piece of rows on each core: the widest cell of
    /// the last piece still sets the column for the first, and rows keep their order.
    @Test func alignsRowsMeasuredOnSeveralCores() {
        let count = TableRenderer.rowsPerPiece * 2 + 10
        let rows: [[Value]] = (0..<count).map { [.text($0 == count - 1 ? "the widest cell of all" : "r\($0)"), .integer($0)] }
        let lines = TableRenderer().render(Table(columns: ["name", "n"], rows: rows), as: .table).split(separator: "\n")
        #expect(lines.count == count + 2)
        #expect(lines.dropFirst(2).map { Int($0.split(separator: " ").last!)! } == Array(0..<count))
        #expect(lines.dropFirst(2).allSatisfy { $0.dropFirst(24).first != " " && $0.prefix(24).last == " " }, "\(lines.prefix(4))")
    }

    @Test func alignsWideCharactersByTheirColumns() {
        let table = Table(columns: ["title", "n"], rows: [[.text("東京の記事 📰"), .integer(1)], [.text("Harbor"), .integer(2)]])
        let lines = TableRenderer().render(table, as: .table).split(separator: "\n").map(String.init)
        // The numbers stand in one column on screen.
        let columnsBefore = lines.suffix(2).map { DisplayWidth.of(String($0.dropLast())) }
        #expect(columnsBefore[0] == columnsBefore[1], "\(lines)")
    }

    @Test func fitsTheTerminalAndGivesPipesWholeCells() {
        let test = TestShell()
        test.run("load Scripts/articles")
        let whole = test.printed("quotes").split(separator: "\n")
        #expect(!whole.contains { $0.hasSuffix("…") })
        #expect(whole.contains { DisplayWidth.of(String($0)) > 150 })
        test.shell.outputIsTerminal = true
        for columns in [60, 80, 200] {
            test.shell.terminalColumns = { columns }
            let fitted = test.printed("quotes").split(separator: "\n").map(String.init)
            #expect(fitted.allSatisfy { DisplayWidth.of($0) <= columns }, "\(columns): \(fitted)")
            #expect(fitted.contains { $0.hasSuffix("…") } == (columns < 150))
        }
        // A terminal too narrow for the columns' names keeps them and lets the terminal wrap.
        test.shell.terminalColumns = { 20 }
        #expect(test.printed("quotes").split(separator: "\n").first?.hasPrefix("id") == true)
        test.shell.terminalColumns = { 80 }
        #expect(!test.printed("quotes --wide").split(separator: "\n").contains { $0.hasSuffix("…") })
    }

    /// compare and trace have more columns than 80 fit: the least needed are left out, and
    /// the table says which.
    @Test func leavesOutTheLeastNeededColumnsOnANarrowTerminal() throws {
        let test = TestShell()
        test.run("load Scripts/articles")
        test.shell.outputIsTerminal = true
        for columns in [80, 100, 120, 200] {
            test.shell.terminalColumns = { columns }
            for command in ["compare --all", "trace q1"] {
                let lines = test.printed(command).split(separator: "\n").map(String.init)
                let header = try #require(lines.first)
                #expect(lines.allSatisfy { DisplayWidth.of($0) <= columns }, "\(command) at \(columns): \(lines)")
                for kept in ["outlet", "speaker", "verdict", "text", "changes"] { #expect(header.contains(kept), "\(header)") }
                let leftOut = lines.contains { $0.hasPrefix("(left out at this width: ") }
                #expect(leftOut == (columns < 200), "\(command) at \(columns): \(lines.suffix(2))")
            }
        }
        test.shell.terminalColumns = { 80 }
        #expect(test.printed("compare --all --wide").split(separator: "\n").first?.contains("confidence") == true)
    }
}
