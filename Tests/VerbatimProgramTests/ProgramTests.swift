import Foundation
import Testing
import VerbatimTestSupport

/// verbatim run from scripts, -c and pipes, with its exit statuses.
@Suite struct ProgramTests {
    @Test func runsTheDemoScript() throws {
        let result = try Program.run(["Scripts/demo.vsh"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("== Loading the example articles"))
        #expect(result.errors == "loaded 3 articles with 14 quotes and 1 scare quote or title (a1–a3)\n", "status lines go to standard error")
        let quiet = try Program.run(["--quiet", "Scripts/demo.vsh"])
        #expect(quiet.status == 0 && quiet.errors.isEmpty && quiet.output == result.output)
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

    @Test func saysWhatIsWrongWithItsOwnArguments() throws {
        let version = try Program.run(["--version"])
        #expect(version.status == 0 && version.output.wholeMatch(of: /verbatim \d+\.\d+\.\d+\n/) != nil, "\(version.output)")
        #expect(try Program.run(["-c", "version"]).output == version.output)
        let unknown = try Program.run(["--bogus"])
        #expect(unknown.status == 2 && unknown.errors.contains("unknown option --bogus") && !unknown.errors.contains("no such file"))
        let folder = try Program.run(["Scripts/articles"])
        #expect(folder.status == 2 && folder.errors.contains("Scripts/articles is a folder, not a script"))
        #expect(folder.errors.contains(#"verbatim -c "load Scripts/articles""#))
        let article = try Program.run(["Scripts/articles/harbor-daily.txt"])
        #expect(article.status == 2 && article.errors.contains("reads as an article, not a script"))
        // "--" lets a script's name start with a dash.
        let scratch = temporaryFolder()
        try "echo dashed\n".write(toFile: scratch + "/-odd.vsh", atomically: true, encoding: .utf8)
        #expect(try Program.run(["--", "-odd.vsh"], in: scratch).output == "dashed\n")
        #expect(try Program.run(["-c", "echo ---; echo -- --verbose"]).output == "---\n--verbose\n")
        // echo takes no options: words that look like them are printed, a later -- too.
        #expect(try Program.run(["-c", "echo run with --keep-going; echo \"--to\"; echo a -- b"]).output
                == "run with --keep-going\n--to\na -- b\n")
    }

    @Test func anInstalledCopyFindsThePluginsInstalledBesideIt() throws {
        // The layout Scripts/install.sh makes: PREFIX/bin/verbatim, PREFIX/lib/verbatim/plugins.
        let prefix = temporaryFolder(), configuration = temporaryFolder()
        let built = URL(fileURLWithPath: Program.path).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: prefix + "/bin", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: prefix + "/lib/verbatim/plugins", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Program.path, toPath: prefix + "/bin/verbatim")
        try FileManager.default.copyItem(atPath: built + "/verbatim-plugin-quote-checks",
                                         toPath: prefix + "/lib/verbatim/plugins/verbatim-plugin-quote-checks")
        let listed = try Program.run(["-c", "plugins --format tsv"], in: prefix, environment: ["XDG_CONFIG_HOME": configuration],
                                     program: [prefix + "/bin/verbatim"])
        #expect(listed.status == 0, "\(listed.errors)")
        #expect(listed.output.contains("quote-checks\tcheck-quotes\t\(prefix)/lib/verbatim/plugins/verbatim-plugin-quote-checks"),
                "\(listed.output)")
    }

    @Test func theManualIsMadeFromTheHelpText() throws {
        let manual = try Program.run([Program.projectRoot + "/Scripts/manual.sh", Program.path], program: ["/bin/bash"])
        #expect(manual.status == 0, "\(manual.errors)")
        #expect(manual.output.hasPrefix(".TH VERBATIM 1"))
        #expect(manual.output.contains(".SS load\n.nf\nusage: load PATH..."))
        #expect(manual.output.contains("\\e"), "backslashes written as roff's \\e")
        // Every device and locale shows it: ASCII only (\(lq, ..., \[u00E9]), and lines set as they
        // are fit 80 columns under man's indent of 7.
        #expect(manual.output.unicodeScalars.allSatisfy { $0.isASCII })
        var unfilled = false
        var long: [String] = []
        for line in manual.output.split(separator: "\n").map(String.init) {
            if line == ".nf" || line == ".fi" { unfilled = line == ".nf" }
            // What the line shows: each escape (\e, \(lq, \[u2026]) one character, \& none.
            let shown = line.replacingOccurrences(of: #"\\\[u[0-9A-F]+\]|\\\(..|\\e"#, with: "x", options: .regularExpression)
                .replacingOccurrences(of: "\\&", with: "")
            if unfilled, shown.count > 72, shown.contains(" ") { long.append(line) }
        }
        #expect(long.isEmpty, "\(long)")
    }

    @Test func writesTheOutputFileHoweverTheScriptEnds() throws {
        let folder = temporaryFolder()
        let result = try Program.run(["-c", "output \(folder)/out.txt; echo kept; exit 3"])
        #expect(result.status == 3 && result.output.isEmpty)
        #expect(try String(contentsOfFile: folder + "/out.txt", encoding: .utf8) == "kept\n")
    }

    @Test func runsCommandsGivenWithDashC() throws {
        let result = try Program.run(["-c", "load Scripts/articles; articles --format tsv"])
        #expect(result.status == 0)
        #expect(result.output.split(separator: "\n").count == 4)
    }

    @Test func findsTheFirstPartyPlugins() throws {
        let result = try Program.run(["-c", "plugins --format tsv; load Scripts/articles; check-quotes; speaker-words --top 1; outlet-stats"],
                                     environment: ["XDG_CONFIG_HOME": temporaryFolder(), "XDG_CACHE_HOME": temporaryFolder()])
        #expect(result.status == 0)
        #expect(result.output.contains("speaker-words\tspeaker-words\t\(Program.projectRoot)/Plugins/speaker-words/speaker-words.py\t\n"))
        #expect(result.output.contains("quote-checks\tcheck-quotes\t"))
        #expect(result.output.contains("q9     a2       Grace Okafor  only 5 words"))
        #expect(result.output.contains("Elena Marsh  7       105    0.59   27"))
        #expect(result.output.contains("Harbor Daily       1         4       4                   1      0             0.25"))
    }

    @Test func saveKilledAtAnyMomentLeavesTheOldOrTheNewSession() throws {
        let folder = temporaryFolder()
        let target = folder + "/session.json"
        let environment = ["XDG_CONFIG_HOME": folder, "XDG_CACHE_HOME": folder, "VERBATIM_PLUGIN_PATH": ""]
        #expect(try Program.run(["-c", "load Scripts/articles/alder-gazette.txt; save \(target)"], environment: environment).status == 0)
        let started = Date()
        #expect(try Program.run(["-c", "load Scripts/articles; save \(target)"], environment: environment).status == 0)
        let runTime = Date().timeIntervalSince(started)
        #expect(try articleCount(target) == 3)
        #expect(try Program.run(["-c", "load Scripts/articles/alder-gazette.txt; save \(target)"], environment: environment).status == 0)
        var counts: [Int: Int] = [:]
        for run in 0..<100 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Program.path)
            process.arguments = ["-c", "load Scripts/articles; save \(target)"]
            process.currentDirectoryURL = URL(fileURLWithPath: Program.projectRoot)
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            // Kill it at a point spread over its whole run, the save included.
            usleep(UInt32(runTime * 3_000_000 * Double(run) / 100))
            kill(process.processIdentifier, SIGKILL)
            for _ in 0..<2_000 where process.isRunning { usleep(1_000) }
            counts[try articleCount(target), default: 0] += 1
        }
        // Runs slowed by a busy machine may all be killed before their save: then only the
        // old session shows, which must still be whole.
        #expect(Set(counts.keys).isSubset(of: [1, 3]), "\(counts)")
        // The next save clears what killed saves left behind.
        #expect(try Program.run(["-c", "load Scripts/articles; save \(target)"], environment: environment).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") } == [])
    }

    /// The number of articles in a session file, which must be whole.
    private func articleCount(_ path: String) throws -> Int {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let session = try #require(object["session"] as? [String: Any])
        return (session["articles"] as? [Any])?.count ?? -1
    }

    @Test func keepsLibxml2sComplaintsOffTheTerminal() throws {
        let folder = temporaryFolder()
        let page = Array("<html><head><meta charset=\"shift_jis\"></head><body><p>Caf".utf8) + [0xE9, 0x80]
            + Array(" owners said the plan was rushed, and the paragraph goes on for a while.</p></span></body></html>".utf8)
        FileManager.default.createFile(atPath: folder + "/page.html", contents: Data(page))
        let result = try Program.run(["-c", "load page.html"], in: folder)
        #expect(result.status == 0)
        #expect(result.output == "")
        #expect(result.errors == "loaded 1 article with 0 quotes (a1)\n")
    }

    @Test func namesAnUnreadableFileAndLoadsTheRest() throws {
        let folder = temporaryFolder()
        try "“We will rebuild,” said Mayor Elena Marsh.".write(toFile: folder + "/open.txt", atomically: false, encoding: .utf8)
        FileManager.default.createFile(atPath: folder + "/locked.txt", contents: Data("text".utf8), attributes: [.posixPermissions: 0])
        try "load locked.txt\necho never\n".write(toFile: folder + "/job.vsh", atomically: false, encoding: .utf8)
        let single = try Program.run(["job.vsh"], in: folder, program: Program.asOrdinaryUser)
        #expect(single.status == 1)
        #expect(single.errors == "job.vsh:1:6: load: could not load locked.txt: cannot be read (permission denied)\n  load locked.txt\n       ^\n")
        #expect(!single.output.contains("never"))
        let both = try Program.run(["-c", "load ."], in: folder, program: Program.asOrdinaryUser)
        #expect(both.status == 1)
        #expect(both.errors.contains("locked.txt: cannot be read (permission denied)"))
        #expect(both.errors.contains("loaded 1 article with 1 quote"))
    }

    @Test func refusesHugeFilesAndLoadsThousandsWithFewFileDescriptors() throws {
        let folder = temporaryFolder()
        // A 3 GB file that takes no disk space.
        let huge = folder + "/huge.txt"
        FileManager.default.createFile(atPath: huge, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: huge))
        try handle.truncate(atOffset: 3 << 30)
        try handle.close()
        let refused = try Program.run(["-c", "load \(huge)"])
        #expect(refused.status == 1)
        #expect(refused.errors.hasPrefix("-c:1:6: load: could not load \(huge): is 3072 MB; texts over 64 MB are not loaded\n"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.txt", withDestinationPath: huge)
        let linked = try Program.run(["-c", "open \(folder)/link.txt"])
        #expect(linked.errors.hasPrefix("-c:1:6: open: \(folder)/link.txt: is 3072 MB; files over 256 MB are not loaded\n"))
        try FileManager.default.removeItem(atPath: folder + "/link.txt")
        try FileManager.default.removeItem(atPath: huge)
        for number in 1...3_000 {
            try "Story \(number)\n\n“We will rebuild,” said Mayor Elena Marsh.".write(toFile: "\(folder)/\(number).txt", atomically: false, encoding: .utf8)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -n 48 && exec \"$0\" -c \"load $1; articles --format tsv\" | wc -l", Program.path, folder]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let lines = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(lines.trimmingCharacters(in: .whitespacesAndNewlines) == "3001")
    }

    @Test func readsCommandsFromAPipe() throws {
        let result = try Program.run([], input: "load Scripts/articles\nquotes --speaker Reyes --format csv \\\n  \nshow a9\necho never\n")
        #expect(result.status == 1)
        #expect(result.output.contains("q5,a1,Tomas Reyes,direct,told,"))
        #expect(!result.output.contains("never"))
        #expect(result.errors == "loaded 3 articles with 14 quotes and 1 scare quote or title (a1–a3)\n<stdin>:4:6: show: no article \"a9\" (the session has a1–a3)\n  show a9\n       ^\n")
    }

    @Test func keepsGoingPastErrorsWhenAsked() throws {
        let result = try Program.run(["--keep-going", "-c", "show a1; echo still here"])
        #expect(result.status == 1)
        #expect(result.output == "still here\n")
    }

    @Test(arguments: [
        (["-c", "echo ok"], 0, ""),
        (["-c", "load missing.txt"], 1, "-c:1:6: load: missing.txt: no such file or folder\n  load missing.txt\n       ^\n"),
        (["-c", "echo \"open"], 2, "-c:1:6: the double quote opened here is never closed\n  echo \"open\n       ^\n"),
        (["-c", "bogus"], 2, "-c:1:1: unknown command \"bogus\"; type help for the list\n  bogus\n  ^\n"),
        (["no-such-script.vsh"], 2, "no-such-script.vsh: no such file\n"),
        (["/dev/null"], 2, "/dev/null: is not a regular file (a device, pipe or socket)\n"),
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
