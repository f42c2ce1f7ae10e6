import Testing
@testable import VerbatimShell

@Suite struct ScriptParserTests {
    func words(_ source: String) throws -> [[ShellWord]] { try ScriptParser.parse(source).map(\.words) }

    func literals(_ source: String) throws -> [[String?]] { try words(source).map { $0.map(\.literalText) } }

    @Test func keepsTheLinesOfCommandsEndingInCarriageReturns() throws {
        // "\r\n" is one Character; the parser once lost count of the lines and crashed.
        let commands = try ScriptParser.parse("echo a\r\necho b\r\necho c")
        #expect(commands.map(\.line) == [1, 2, 3])
        #expect(commands.last?.lines == ["echo c"])
    }

    @Test func splitsWordsAndCommands() throws {
        #expect(try literals("load  a.txt\tb.txt; articles\n\nquotes") == [["load", "a.txt", "b.txt"], ["articles"], ["quotes"]])
        #expect(try ScriptParser.parse("echo one\n\necho two; echo three").map(\.line) == [1, 3, 3])
    }

    @Test func foldsDefinitionsIntoTheirDefCommand() throws {
        let commands = try ScriptParser.parse("echo a\ndef greet \"Say hello\"\n  echo hello $1\n  echo again\nend\ngreet you")
        #expect(commands.map(\.line) == [1, 2, 6])
        #expect(commands[1].body?.map(\.line) == [3, 4])
        #expect(commands[0].body == nil && commands[2].body == nil)
        func failure(_ source: String) -> String {
            let error = #expect(throws: SyntaxError.self) { try ScriptParser.parse(source) }
            return error.map { "\($0.line): \($0.message)\($0.isIncomplete ? " (incomplete)" : "")" } ?? ""
        }
        #expect(failure("end") == "1: end without def")
        #expect(failure("def x\necho a") == "1: def x is never closed by end (incomplete)")
        #expect(failure("def x\ndef y\nend\nend") == "2: def cannot be nested: the def on line 1 has no end yet")
    }

    @Test func quotesAndEscapes() throws {
        #expect(try literals(#"echo "a b" 'c d' e\ f "x\"y" 'it\'s' "tab\there" "" ''"#)
            == [["echo", "a b", "c d", "e f", "x\"y", "it's", "tab\there", "", ""]])
        #expect(try literals(#"echo "a;b" 'c#d' "line\nbreak""#) == [["echo", "a;b", "c#d", "line\nbreak"]])
    }

    @Test func treatsCurlyQuotesAsOrdinaryCharacters() throws {
        #expect(try literals("quotes --grep “sham” ‘x’") == [["quotes", "--grep", "“sham”", "‘x’"]])
    }

    @Test func skipsComments() throws {
        #expect(try literals("#!/usr/bin/env verbatim\n# a comment\necho a # trailing\necho b#c") == [["echo", "a"], ["echo", "b#c"]])
    }

    @Test func continuesLinesEndingInABackslash() throws {
        let commands = try ScriptParser.parse("load a.txt \\\n  b.txt\necho next")
        #expect(commands.map { $0.words.map(\.literalText) } == [["load", "a.txt", "b.txt"], ["echo", "next"]])
        #expect(commands.map(\.line) == [1, 3])
    }

    @Test func readsVariables() throws {
        let parsed = try words(#"echo $name ${other}x "$1 and $#" '$no' $@ $ cost"#)[0]
        #expect(parsed[1].parts == [.variable("name", quoted: false)])
        #expect(parsed[2].parts == [.variable("other", quoted: false), .literal("x")])
        #expect(parsed[3].parts == [.variable("1", quoted: true), .literal(" and "), .variable("#", quoted: true)])
        #expect(parsed[4].literalText == "$no")
        #expect(parsed[5].parts == [.variable("@", quoted: false)])
        #expect(parsed[6].literalText == "$")
    }

    @Test(arguments: [
        ("echo \"open", 1, 6, true),
        ("echo ok\necho 'open\nstill", 2, 6, true),
        ("echo ok \\", 1, 9, true),
        ("echo ${bad name}", 1, 11, false),
        ("echo ${unclosed", 1, 6, false),
    ])
    func reportsErrorsWithLineAndColumn(source: String, line: Int, column: Int, incomplete: Bool) {
        let error = #expect(throws: SyntaxError.self) { try ScriptParser.parse(source) }
        #expect(error?.line == line)
        #expect(error?.column == column)
        #expect(error?.isIncomplete == incomplete)
    }

    @Test func accumulatesLinesUntilACommandIsWhole() throws {
        var accumulator = LineAccumulator()
        #expect(try accumulator.add("echo \"one") == [])
        #expect(accumulator.isWaiting)
        let commands = try accumulator.add("two\"")
        #expect(commands.first?.words.last?.literalText == "one\ntwo")
        #expect(try accumulator.add("echo three").first?.line == 3)
        #expect(try accumulator.add("def greet") == [] && accumulator.isWaiting)
        #expect(try accumulator.add("  echo hello $1") == [])
        #expect(try accumulator.add("end").first?.body?.count == 1)
    }

    @Test func numbersEachPromptEntryFromLineOne() throws {
        var accumulator = LineAccumulator(numbersEachEntryFromOne: true)
        #expect(try accumulator.add("echo one").first?.line == 1)
        #expect(try accumulator.add("echo \"two") == [])
        let failure = #expect(throws: LineAccumulator.Failure.self) { try accumulator.add("three\" ${") }
        #expect(failure?.failure.line == 2)
        #expect(failure?.text == "echo \"two\nthree\" ${\n")
        #expect(try accumulator.add("echo four").first?.line == 1)
    }

    @Test func keepsEachWordsPositionAndTheCommandsLines() throws {
        let commands = try ScriptParser.parse("echo a\n  load \\\n    x.txt  y.txt; quotes")
        #expect(commands[1].words.map { [$0.line, $0.column] } == [[2, 3], [3, 5], [3, 12]])
        #expect(commands[1].lines == ["  load \\", "    x.txt  y.txt; quotes"])
        #expect(commands[1].text(ofLine: 3) == "    x.txt  y.txt; quotes" && commands[1].text(ofLine: 1) == nil)
        #expect(commands[2].words[0].column == 19)
    }
}
