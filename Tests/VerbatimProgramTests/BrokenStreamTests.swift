import Foundation
import Testing

/// Standard output or standard error that cannot be written ends the program with status 1
/// and a sentence saying why, never a crash; a reader that goes away ends it quietly.
@Suite struct BrokenStreamTests {
    /// Runs `verbatim -c COMMANDS` through sh with `redirection` applied to it.
    func run(_ commands: String, _ redirection: String) throws -> Program.Result {
        try Program.run(["-c", commands], program: ["/bin/sh", "-c", "exec \"$0\" \"$@\" \(redirection)", Program.path])
    }

    @Test(arguments: [
        (">/dev/full", "verbatim: cannot write to standard output: No space left on device\n"),
        (">&-", "verbatim: cannot write to standard output: Bad file descriptor\n"),
    ])
    func reportsAnOutputThatCannotBeWritten(redirection: String, message: String) throws {
        let result = try run("load Scripts/articles; articles", redirection)
        #expect(result.status == 1)
        #expect(result.errors == "loaded 3 articles with 14 quotes and 1 scare quote or title (a1–a3)\n" + message)
    }

    @Test(arguments: ["2>/dev/full", "2>&-"])
    func endsWithStatusOneWhenErrorsCannotBeWritten(redirection: String) throws {
        let result = try run("load Scripts/articles; echo after", redirection)
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
    }

    @Test func endsQuietlyWhenTheReaderGoesAway() throws {
        // Python starts verbatim writing into a pipe whose reading end is already closed.
        let script = "import os,subprocess,sys; r,w=os.pipe(); os.close(r); print(subprocess.run(sys.argv[1:], stdout=w).returncode)"
        let result = try Program.run(["-c", "load Scripts/articles; articles"], program: ["/usr/bin/env", "python3", "-c", script, Program.path])
        #expect(result.output == "-\(SIGPIPE)\n")
        #expect(result.errors == "loaded 3 articles with 14 quotes and 1 scare quote or title (a1–a3)\n")
    }
}
