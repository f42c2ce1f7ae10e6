import Testing
import VerbatimShell
import VerbatimTestSupport

@Suite struct ScriptRunnerTests {
    @Test func expandsVariablesAndArguments() {
        let test = TestShell()
        let status = test.run(#"""
        set who "Elena Marsh"
        echo $who / ${who}! / $# / $1 / "$@"
        echo $@
        """#, arguments: ["first", "second arg"])
        #expect(status == 0)
        #expect(test.output == "Elena Marsh / Elena Marsh! / 2 / first / first second arg\nfirst second arg\n")
    }

    /// Each variable is within the limit of a command; together they are bounded too.
    @Test func refusesVariablesPastTheirTotalLimit() {
        let test = TestShell()
        let script = "set A x\n" + String(repeating: "set A $A$A\n", count: 25)  // 32 MB
            + (1...8).map { "set B\($0) $A\n" }.joined() + "echo never"
        #expect(test.run(script, file: "many.vsh") == 1)
        #expect(test.errors.hasPrefix("many.vsh:33:5: set: variables would hold 257 MB together; all variables are limited to 256 MB "
            + "(set NAME with no value empties one)\n"), "\(test.errors.prefix(300))")
        #expect(test.shell.variables["B6"] != nil && test.shell.variables["B7"] == nil)
        #expect(test.run("set B6; set B7 $A", file: "room.vsh") == 0, "emptying one makes room")
    }

    @Test func refusesToExpandACommandPastTheLimit() {
        let test = TestShell()
        // Doubling from one byte: 2^26 bytes and the rest of the command pass the limit.
        let script = "set A x\n" + String(repeating: "set A $A$A\n", count: 27) + "echo never"
        #expect(test.run(script, file: "grow.vsh") == 1)
        #expect(test.errors.hasPrefix("grow.vsh:27:1: set: the command would expand to 65 MB; commands and variables are limited to 64 MB\n"),
                "\(test.errors.prefix(300))")
        #expect(test.shell.variables["A"]?.utf8.count == 1 << 25)
        #expect(test.run("set B $A$A$A", file: "word.vsh") == 1)
        #expect(test.errors.contains("word.vsh:1:7: set: $A$A$A would expand to 96 MB; commands and variables are limited to 64 MB\n"),
                "\(test.errors.suffix(300))")
        #expect(test.shell.variables["B"] == nil)
        #expect(!test.output.contains("never"))
    }

    @Test func runsCommandsDefinedWithDef() {
        let test = TestShell()
        let status = test.run(#"""
        def greet "Say hello"
          echo hello $1 ($# words: $@)
        end
        greet world --loud
        help
        """#, file: "defs.vsh")
        #expect(status == 0)
        #expect(test.output.hasPrefix("hello world (2 words: world --loud)\n"))
        #expect(test.output.contains("  greet ") && test.output.contains("Say hello"))
        #expect(test.printed("help greet").contains("usage: greet [ARG...]"))
    }

    @Test func reportsErrorsInsideADefinitionAtTheirLine() {
        let test = TestShell()
        #expect(test.run("def broken\n  echo before\n  load missing.txt\nend\nbroken\necho never", file: "defs.vsh") == 1)
        #expect(test.output == "before\n")
        #expect(test.errors == "defs.vsh:3:8: load: missing.txt: no such file or folder\n    load missing.txt\n         ^\n")
    }

    @Test func refusesBuiltInNamesAndEndlessRecursion() {
        let test = TestShell()
        #expect(test.run("def load\nend", file: "d.vsh") == 1)
        #expect(test.errors == "d.vsh:1:5: def: load is already a command; choose another name\n  def load\n      ^\n")
        test.errors = ""
        #expect(test.run("def again\n  again\nend\nagain", file: "d.vsh") == 1)
        #expect(test.errors == "d.vsh:2:3: again: commands call one another more than 64 deep\n    again\n    ^\n")
    }

    @Test func refusesScriptsThatSourceOneAnotherEndlessly() throws {
        let folder = temporaryFolder()
        try "source b.vsh\n".write(toFile: folder + "/a.vsh", atomically: true, encoding: .utf8)
        try "echo in b\nsource a.vsh\n".write(toFile: folder + "/b.vsh", atomically: true, encoding: .utf8)
        try "source self.vsh\n".write(toFile: folder + "/self.vsh", atomically: true, encoding: .utf8)
        let test = TestShell(workingDirectory: folder)
        #expect(test.run("source a.vsh", file: "main.vsh") == 1)
        #expect(test.output == String(repeating: "in b\n", count: 32))
        #expect(test.errors == "b.vsh:2:8: source: scripts source one another more than 64 deep: a.vsh → b.vsh → a.vsh …\n  source a.vsh\n         ^\n")
        test.errors = ""
        #expect(test.run("source self.vsh", file: "main.vsh") == 1)
        #expect(test.errors.hasPrefix("self.vsh:1:8: source: scripts source one another more than 64 deep: self.vsh → self.vsh …\n"))
        #expect(test.shell.sourceChain.isEmpty)
    }

    @Test func stopsAtTheFirstErrorWithFileAndLine() {
        let test = TestShell()
        let status = test.run("echo one\n\nload no-such-file.txt\necho never", file: "job.vsh")
        #expect(status == 1)
        #expect(test.output == "one\n")
        #expect(test.errors == "job.vsh:3:6: load: no-such-file.txt: no such file or folder\n  load no-such-file.txt\n       ^\n")
    }

    @Test func keepsGoingWhenAsked() {
        let test = TestShell()
        let status = test.run("echo $missing\necho two", file: "job.vsh", keepGoing: true)
        #expect(status == 1)
        #expect(test.output == "two\n")
        #expect(test.errors == "job.vsh:1:6: echo: $missing is not set (by set or in the environment)\n  echo $missing\n       ^\n")
    }

    @Test func readsTheEnvironmentForNamesSetDoesNotGive() {
        let test = TestShell()
        test.shell.environment = ["HOME": "/home/ana", "EDITOR": "vi"]
        #expect(test.printed("echo $HOME ${EDITOR}") == "/home/ana vi\n")
        // set wins over the environment, for this session only.
        #expect(test.printed("set HOME /tmp/elsewhere; echo \"$HOME\"") == "/tmp/elsewhere\n")
        #expect(test.shell.environment["HOME"] == "/home/ana")
    }

    @Test(arguments: [
        ("frobnicate", 2, "s.vsh:1:1: unknown command \"frobnicate\"; type help for the list\n  frobnicate\n  ^\n"),
        ("quotes --speakr x", 2, "s.vsh:1:8: quotes: unknown option --speakr\n  quotes --speakr x\n         ^\nhint: did you mean --speaker?\n"),
        ("echo \"unclosed", 2, "s.vsh:1:6: the double quote opened here is never closed\n  echo \"unclosed\n       ^\n"),
        ("show", 2, "s.vsh:1:1: show: show takes 1 argument\n  show\n  ^\nhint: usage: show ARTICLE\n"),
        ("show a9", 1, "s.vsh:1:6: show: no article \"a9\": the session is empty (load some first)\n  show a9\n       ^\n"),
        ("echo $2", 1, "s.vsh:1:6: echo: $2: the script was given 0 arguments\n  echo $2\n       ^\n"),
        ("lod x", 2, "s.vsh:1:1: unknown command \"lod\"; type help for the list\n  lod x\n  ^\nhint: did you mean load?\n"),
    ])
    func exitsWithOneForFailuresAndTwoForUsageErrors(script: String, status: Int32, message: String) {
        let test = TestShell()
        #expect(test.run(script, file: "s.vsh") == status)
        #expect(test.errors == message)
    }

    @Test func exitEndsTheScriptWithItsStatus() {
        let test = TestShell()
        #expect(test.run("echo a\nexit 3\necho b") == 3)
        #expect(test.output == "a\n")
        #expect(test.run("exit") == 0)
        #expect(test.run("exit nine") == 2)
    }

    @Test func sourceRunsAFileAndReportsItsOwnLines() throws {
        let folder = temporaryFolder()
        try "set greeting hello\necho $greeting $1\nload nothing-here.txt\n".write(toFile: folder + "/inner.vsh", atomically: true, encoding: .utf8)
        let test = TestShell(workingDirectory: folder)
        let status = test.run("source inner.vsh world\necho after", file: "outer.vsh")
        #expect(status == 1)
        #expect(test.output == "hello world\n")
        #expect(test.errors == "inner.vsh:3:6: load: nothing-here.txt: no such file or folder\n  load nothing-here.txt\n       ^\n")
        #expect(test.shell.variables["greeting"] == "hello")
    }
}
