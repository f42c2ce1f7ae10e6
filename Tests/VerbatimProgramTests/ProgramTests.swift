import Foundation
import Testing

/// verbatim run from scripts, -c and pipes, with its exit statuses.
@Suite struct ProgramTests {
    @Test func runsTheDemoScript() throws {
        let result = try Program.run(["Scripts/demo.vsh"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("loaded 3 articles with 13 quotes (a1–a3)"))
        #expect(result.errors.isEmpty)
        #expect(!result.output.contains("\u{1B}"), "no colour when not on a terminal")
    }

    @Test func runsScriptFilesWithArgumentsInEveryWay() throws {
        let folder = temporaryFolder()
        let script = folder + "/greet.vsh"
        try "#!/usr/bin/env verbatim\necho \"$# arguments: $1, $2\"\n".write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        for arguments in [["run", script, "one", "two words"], [script, "one", "two words"]] {
            let result = try Program.run(arguments)
            #expect(result.status == 0)
            #expect(result.output == "2 arguments: one, two words\n")
        }
        let path = URL(fileURLWithPath: Program.path).deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        process.arguments = ["x", "y"]
        process.environment = ["PATH": path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "2 arguments: x, y\n")
    }

    @Test func runsCommandsGivenWithDashC() throws {
        let result = try Program.run(["-c", "load Scripts/articles; articles --format tsv"])
        #expect(result.status == 0)
        #expect(result.output.split(separator: "\n").count == 5)
    }

    @Test func findsTheFirstPartyPlugins() throws {
        let result = try Program.run(["-c", "plugins --format tsv; load Scripts/articles; check-quotes; speaker-words --top 1; outlet-stats"],
                                     environment: ["XDG_CONFIG_HOME": temporaryFolder()])
        #expect(result.status == 0)
        #expect(result.output.contains("speaker-words\tspeaker-words\t\(Program.projectRoot)/Plugins/speaker-words/speaker-words.py\t\n"))
        #expect(result.output.contains("quote-checks\tcheck-quotes\t"))
        #expect(result.output.contains("q9     a2       Grace Okafor  only 5 words"))
        #expect(result.output.contains("Elena Marsh  6       98     0.554  27"))
        #expect(result.output.contains("Harbor Daily       1         4       4                   0.75   0.25          0.25"))
    }

    @Test func readsCommandsFromAPipe() throws {
        let result = try Program.run([], input: "load Scripts/articles\nquotes --speaker Reyes --format csv \\\n  \nshow a9\necho never\n")
        #expect(result.status == 1)
        #expect(result.output.contains("q5,a1,Tomas Reyes,direct,told,"))
        #expect(!result.output.contains("never"))
        #expect(result.errors == "<stdin>:4: no article \"a9\" (the session has a1–a3)\n")
    }

    @Test func keepsGoingPastErrorsWhenAsked() throws {
        let result = try Program.run(["--keep-going", "-c", "show a1; echo still here"])
        #expect(result.status == 1)
        #expect(result.output == "still here\n")
    }

    @Test(arguments: [
        (["-c", "echo ok"], 0, ""),
        (["-c", "load missing.txt"], 1, "-c:1: missing.txt: no such file or folder\n"),
        (["-c", "echo \"open"], 2, "-c:1: the double quote opened here is never closed\n"),
        (["-c", "bogus"], 2, "-c:1: unknown command \"bogus\"; type help for the list\n"),
        (["no-such-script.vsh"], 2, "verbatim: no-such-script.vsh: no such file\n"),
        (["--bogus"], 2, nil),
    ])
    func exitsWithTheDocumentedStatus(arguments: [String], status: Int32, errors: String?) throws {
        let result = try Program.run(arguments)
        #expect(result.status == status)
        if let errors { #expect(result.errors == errors) }
    }

    @Test func printsItsOwnHelp() throws {
        let result = try Program.run(["--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("verbatim [run] FILE [ARG...]"))
    }
}
