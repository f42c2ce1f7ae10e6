import Foundation
import Testing
@testable import VerbatimShell
import VerbatimTestSupport

/// Plugins that leave children behind, hang at start-up, are interrupted, or give themselves
/// names that are paths or words of the language.
@Suite struct PluginHardeningTests {
    /// A plugin called `name` offering `commands` (JSON), whose call runs `call` (sh); every
    /// start is logged in `folder/NAME.log`.
    static func plugin(_ name: String, in folder: String, commands: String, call: String = "echo '{\"type\":\"result\",\"text\":\"done\"}'",
                       describe: String? = nil) -> String {
        let answer = describe ?? "echo '{\"type\":\"description\",\"version\":1,\"plugin\":\"\(name)\",\"commands\":\(commands)}'"
        let source = """
        #!/bin/sh
        echo started >> '\(folder)/\(name).log'
        read request
        case "$request" in
          *'"request":"describe"'*) \(answer) ;;
          *) \(call) ;;
        esac
        """
        let path = folder + "/" + name
        FileManager.default.createFile(atPath: path, contents: Data(source.utf8), attributes: [.posixPermissions: 0o755])
        return path
    }

    /// A shell that found the plugins of `folder`, with its description cache in `folder/cache`.
    static func shell(finding folder: String) -> TestShell {
        let test = TestShell()
        PluginDiscovery.load(into: test.shell, executable: nil, environment: [
            "VERBATIM_PLUGIN_PATH": folder, "XDG_CONFIG_HOME": folder + "/config", "XDG_CACHE_HOME": folder + "/cache",
        ])
        return test
    }

    /// How many times the plugin `name` of `folder` was started.
    static func starts(of name: String, in folder: String) -> Int {
        ((try? String(contentsOfFile: folder + "/" + name + ".log", encoding: .utf8)) ?? "").split(separator: "\n").count
    }

    /// The process id a plugin wrote to `file`, once it is there.
    static func processID(in file: String) -> Int32? {
        for _ in 0..<300 {
            if let text = try? String(contentsOfFile: file, encoding: .utf8), let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return pid
            }
            usleep(10_000)
        }
        return nil
    }

    /// Whether the process `pid` has ended (or is a zombie nobody reaped yet), waiting up to 3 s.
    static func hasEnded(_ pid: Int32) -> Bool {
        for _ in 0..<300 {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), !stat.contains(") Z ") else { return true }
            usleep(10_000)
        }
        return false
    }

    static let oneCommand = #"[{"name":"work","summary":"Works."}]"#

    @Test func readsTheAnswerOfAPluginWhoseChildStillHoldsItsOutput() throws {
        let folder = temporaryFolder()
        _ = Self.plugin("leaver", in: folder, commands: Self.oneCommand,
                        call: "sleep 60 & echo $! > '\(folder)/child'; echo '{\"type\":\"result\",\"text\":\"answered\"}'")
        let test = Self.shell(finding: folder)
        test.shell.pluginSettings.timeout = 20
        let started = Date()
        #expect(test.printed("work") == "answered\n", "\(test.errors)")
        #expect(Date().timeIntervalSince(started) < 10)
        let child = try #require(Self.processID(in: folder + "/child"))
        #expect(Self.hasEnded(child))
    }

    @Test func killsAChildLeftBehindThatIgnoresSIGTERMAfterAnAnswer() throws {
        let folder = temporaryFolder()
        _ = Self.plugin("stubbornleaver", in: folder, commands: Self.oneCommand,
                        call: "(trap '' TERM; exec sleep 60) & echo $! > '\(folder)/child'; echo '{\"type\":\"result\",\"text\":\"answered\"}'")
        let test = Self.shell(finding: folder)
        test.shell.pluginSettings.timeout = 20
        #expect(test.printed("work") == "answered\n", "\(test.errors)")
        let child = try #require(Self.processID(in: folder + "/child"))
        #expect(Self.hasEnded(child))
    }

    @Test func stopsAPluginThatHangsTogetherWithItsChildren() throws {
        let folder = temporaryFolder()
        _ = Self.plugin("hanger", in: folder, commands: Self.oneCommand, call: "sleep 60 & echo $! > '\(folder)/child'; sleep 60")
        let test = Self.shell(finding: folder)
        test.shell.pluginSettings.timeout = 0.5
        #expect(test.run("work") == 1)
        #expect(test.errors.contains("plugin hanger, command work, did not finish within 0.5 s and was stopped"), "\(test.errors)")
        let child = try #require(Self.processID(in: folder + "/child"))
        #expect(Self.hasEnded(child))
    }

    @Test func killsAPluginAndChildrenThatIgnoreSIGTERM() throws {
        let folder = temporaryFolder()
        _ = Self.plugin("stubborn", in: folder, commands: Self.oneCommand,
                        call: "trap '' TERM; sleep 60 & echo $! > '\(folder)/child'; sleep 60")
        let test = Self.shell(finding: folder)
        test.shell.pluginSettings.timeout = 0.5
        let started = Date()
        #expect(test.run("work") == 1)
        #expect(Date().timeIntervalSince(started) < 10)
        let child = try #require(Self.processID(in: folder + "/child"))
        #expect(Self.hasEnded(child))
    }

    @Test func ctrlCDuringACallAppliesNothing() throws {
        let folder = temporaryFolder()
        let change = #"{"type":"result","changes":[{"change":"set-field","on":"article","id":"a1","field":"seen","value":true}]}"#
        _ = Self.plugin("marker", in: folder, commands: Self.oneCommand, call: "echo '\(change)'; touch '\(folder)/interrupt'")
        let test = Self.shell(finding: folder)
        #expect(test.run("load Scripts/articles") == 0)
        let before = test.shell.session
        test.shell.isInterrupted = { FileManager.default.fileExists(atPath: folder + "/interrupt") }
        #expect(test.run("work") == 1)
        #expect(test.errors.contains("interrupted"), "\(test.errors)")
        let unchanged = test.shell.session == before
        #expect(unchanged)
    }

    @Test func ctrlCStopsAPluginAndItsChildren() throws {
        let folder = temporaryFolder()
        _ = Self.plugin("sleeper", in: folder, commands: Self.oneCommand,
                        call: "sleep 60 & echo $! > '\(folder)/child'; touch '\(folder)/interrupt'; sleep 60")
        let test = Self.shell(finding: folder)
        test.shell.pluginSettings.timeout = 60
        test.shell.isInterrupted = { FileManager.default.fileExists(atPath: folder + "/interrupt") }
        let started = Date()
        #expect(test.run("work") == 1)
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(test.errors.contains("interrupted"), "\(test.errors)")
        let child = try #require(Self.processID(in: folder + "/child"))
        #expect(Self.hasEnded(child))
    }

    @Test func refusesAPluginNameThatIsAPath() throws {
        let folder = temporaryFolder(), config = temporaryFolder()
        try FileManager.default.createDirectory(atPath: config + "/outside", withIntermediateDirectories: true)
        let path = Self.plugin("planter", in: folder, commands: Self.oneCommand, describe:
            #"echo '{"type":"description","version":1,"plugin":"../../outside/PLANTED","commands":[{"name":"work","summary":"Works."}]}'"#)
        let test = TestShell()
        test.shell.pluginSettings.linkFolder = config + "/verbatim/plugins"
        test.shell.pluginSettings.descriptionCache = config + "/cache.json"
        #expect(test.run("plugin add \(path)") == 1)
        #expect(test.errors.contains(#"plugin planter calls itself "../../outside/PLANTED", which is not a plugin name"#), "\(test.errors)")
        #expect((try? FileManager.default.attributesOfItem(atPath: config + "/outside/PLANTED")) == nil)
        #expect(test.shell.registry.command(named: "work") == nil)
    }

    @Test func refusesCommandAndOptionNamesTheLanguageCannotUse() throws {
        let folder = temporaryFolder()
        _ = Self.plugin("ender", in: folder, commands: #"[{"name":"end","summary":"Ends."}]"#)
        _ = Self.plugin("spacer", in: folder, commands: #"[{"name":"spaced","summary":"x","options":[{"name":"a b"}]}]"#)
        _ = Self.plugin("painter", in: folder, commands: #"[{"name":"painted","summary":"x","options":[{"name":"red\u001b[31m"}]}]"#)
        let test = Self.shell(finding: folder)
        let problems = Dictionary(uniqueKeysWithValues: test.shell.plugins.map { ($0.name, $0.problem ?? "") })
        #expect(problems["ender"] == #"plugin ender offers "end", which is not a command name (a word of the language)"#)
        #expect(problems["spacer"] == #"plugin spacer offers spaced --"a b", which is not an option name (letters, digits, - and _, starting with a letter)"#)
        #expect(problems["painter"] == #"plugin painter offers painted --"red\u{1B}[31m", which is not an option name (letters, digits, - and _, starting with a letter)"#)
        for name in ["end", "spaced", "painted"] { #expect(test.shell.registry.command(named: name) == nil) }
        #expect(test.run("def end\necho hi\nend") == 2)
    }

    @Test func describesAPluginOnlyWhenItChanged() throws {
        let folder = temporaryFolder()
        let path = Self.plugin("counted", in: folder, commands: Self.oneCommand)
        _ = Self.shell(finding: folder)
        let second = Self.shell(finding: folder)
        #expect(Self.starts(of: "counted", in: folder) == 1)
        #expect(second.printed("work") == "done\n")
        #expect(Self.starts(of: "counted", in: folder) == 2)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("# changed\n".utf8))
        handle.closeFile()
        _ = Self.shell(finding: folder)
        #expect(Self.starts(of: "counted", in: folder) == 3)
    }

    @Test func aPluginAddedIsNotAskedAgainThroughItsLink() throws {
        let folder = temporaryFolder(), plugins = temporaryFolder()
        let path = Self.plugin("linked", in: plugins, commands: Self.oneCommand)
        let adding = TestShell()
        adding.shell.pluginSettings.linkFolder = folder + "/config/verbatim/plugins"
        adding.shell.pluginSettings.descriptionCache = folder + "/cache/verbatim/plugin-descriptions.json"
        #expect(adding.run("plugin add \(path)") == 0)
        let later = Self.shell(finding: folder)
        #expect(Self.starts(of: "linked", in: plugins) == 1)
        #expect(later.printed("work") == "done\n")
    }

    @Test func aPluginThatNeverDescribesItselfIsReportedOnceAndNotAskedAgain() throws {
        let folder = temporaryFolder()
        _ = Self.plugin("mute", in: folder, commands: "[]", describe: "sleep 60")
        _ = Self.plugin("counted", in: folder, commands: Self.oneCommand)
        let first = Self.shell(finding: folder)
        #expect(first.errors.contains("plugin mute did not finish within 2 s and was stopped"), "\(first.errors)")
        #expect(first.printed("work") == "done\n")
        let second = Self.shell(finding: folder)
        #expect(Self.starts(of: "mute", in: folder) == 1)
        #expect(second.errors.isEmpty, "\(second.errors)")
        #expect(second.shell.plugins.first { $0.name == "mute" }?.problem?.contains("did not finish within 2 s") == true)
        #expect(second.printed("work") == "done\n")
    }
}
