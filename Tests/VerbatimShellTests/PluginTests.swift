import Foundation
import Testing
import VerbatimCore
import VerbatimOutletStats
@testable import VerbatimShell
import VerbatimTestSupport

/// External plugins over the JSON protocol, every way one can fail, and the in-process plugin.
@Suite struct PluginTests {
    /// A plugin that describes itself properly and misbehaves on call, one way per command.
    static let broken = #"""
    #!/bin/sh
    read request
    case "$request" in
      *'"request":"describe"'*)
        echo '{"type":"description","version":1,"plugin":"broken","commands":[{"name":"crash","summary":"Crashes."},{"name":"hang","summary":"Hangs."},{"name":"garbage","summary":"Writes no JSON."},{"name":"flood","summary":"Writes forever."},{"name":"fail","summary":"Exits with 3."},{"name":"latin1","summary":"Writes bad UTF-8."},{"name":"badchange","summary":"Asks for an impossible change.","needs":["quotes"]},{"name":"badrow","summary":"Writes a short row."},{"name":"noresult","summary":"Ends with a message."},{"name":"repeat","summary":"Takes any arguments.","arguments":{"kind":"words","max":null}},{"name":"addquote","summary":"Adds a quote and a field."}]}' ;;
      *'"command":"crash"'*) kill -SEGV $$ ;;
      *'"command":"hang"'*) exec sleep 30 ;;
      *'"command":"garbage"'*) echo 'this is not JSON' ;;
      *'"command":"flood"'*) exec yes '{"type":"message","text":"again"}' ;;
      *'"command":"fail"'*) echo 'the database is down' >&2; exit 3 ;;
      *'"command":"latin1"'*) printf '{"type":"result","text":"caf\351"}\n' ;;
      *'"command":"badchange"'*) echo '{"type":"result","changes":[{"change":"set-field","on":"quote","id":"q1","field":"ok","value":true},{"change":"set-field","on":"quote","id":"q999","field":"ok","value":true}]}' ;;
      *'"command":"badrow"'*) echo '{"type":"result","columns":["a","b"],"rows":[["x"]]}' ;;
      *'"command":"noresult"'*) echo '{"type":"message","text":"thinking"}' ;;
      *'"command":"addquote"'*) echo '{"type":"message","text":"adding"}'; echo '{"type":"result","changes":[{"change":"add-quote","article":"a1","start":0,"end":12,"speaker":"Ada Lovelace","cue":"wrote"},{"change":"set-field","on":"article","id":"a1","field":"checked","value":true}]}' ;;
      *'"command":"repeat"'*) echo '{"type":"result","text":"done"}' ;;
    esac
    """#

    func shell(with plugins: [String: String]) -> (TestShell, String) {
        let folder = temporaryFolder()
        for (name, source) in plugins {
            let path = folder + "/" + name
            FileManager.default.createFile(atPath: path, contents: Data(source.utf8), attributes: [.posixPermissions: 0o755])
        }
        let test = TestShell()
        PluginDiscovery.load(into: test.shell, executable: nil,
                             environment: ["VERBATIM_PLUGIN_PATH": folder, "XDG_CONFIG_HOME": folder + "/config", "XDG_CACHE_HOME": folder + "/cache"])
        return (test, folder)
    }

    @Test func runsThePythonPluginThroughTheShell() throws {
        let test = TestShell()
        PluginDiscovery.load(into: test.shell, executable: nil,
                             environment: ["VERBATIM_PLUGIN_PATH": TestShell.projectRoot + "/Plugins", "XDG_CONFIG_HOME": temporaryFolder(),
                                           "XDG_CACHE_HOME": temporaryFolder()])
        #expect(test.printed("plugins --format tsv").contains("speaker-words\tspeaker-words\t"))
        #expect(test.run("load Scripts/articles") == 0)
        let rows = test.printed("speaker-words --top 2 --format tsv").split(separator: "\n")
        #expect(rows == ["speaker\tquotes\twords\tshare\tlongest", "Elena Marsh\t7\t105\t0.59\t27", "Tomas Reyes\t4\t50\t0.281\t17"])
        #expect(test.printed("speakers --format csv").contains("Elena Marsh,7,person,Mayor,Marsh,105"))
        #expect(test.printed("help").contains("speaker-words"))
        #expect(test.run("speaker-words a9") == 1)
        #expect(test.errors.contains("speaker-words: no article \"a9\""))
    }

    @Test func runsTheSwiftPluginBuiltBesideTheTests() throws {
        let bundle = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let verbatim = URL(fileURLWithPath: bundle).deletingLastPathComponent().appendingPathComponent("verbatim").path
        let test = TestShell()
        PluginDiscovery.load(into: test.shell, executable: verbatim, environment: ["XDG_CONFIG_HOME": temporaryFolder(), "XDG_CACHE_HOME": temporaryFolder()])
        #expect(test.shell.plugins.contains { $0.name == "quote-checks" && $0.problem == nil })
        #expect(test.run("load Scripts/articles") == 0)
        let rows = test.printed("check-quotes --format tsv").split(separator: "\n")
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).prefix(4).joined(separator: "|") }
        #expect(rows == ["quote|article|speaker|problems", "q4|a1|Tomas Reyes|only 1 word", "q9|a2|Grace Okafor|only 5 words"])
        #expect(test.printed("quotes a2 --format csv").contains("q9,a2,Grace Okafor,direct,said,\"“It is the right call,”\",only 5 words"))
        #expect(test.run("check-quotes --min-words x") == 1)
        #expect(test.errors.contains("plugin quote-checks, command check-quotes, exited with status 1: check-quotes: --min-words takes a positive number"))
    }

    @Test(arguments: [
        ("crash", "plugin broken, command crash, crashed (signal 11, SIGSEGV)"),
        ("hang", "plugin broken, command hang, did not finish within 0.5 s and was stopped (plugin timeout SECONDS sets the limit)"),
        ("garbage", "plugin broken, command garbage, line 1 of its answer does not follow the protocol (invalid JSON"),
        ("flood", "plugin broken, command flood, wrote more than 1 MB and was stopped"),
        ("fail", "plugin broken, command fail, exited with status 3: the database is down"),
        ("latin1", "plugin broken, command latin1, line 1 of its answer is not valid UTF-8"),
        ("badchange", "plugin broken, command badchange, change 2 cannot be made: no quote q999; nothing was changed"),
        ("badrow", "plugin broken, command badrow, row 1 of its result has 1 values for 2 columns"),
        ("noresult", "plugin broken, command noresult, ended without a result line"),
    ])
    func reportsEveryFailureAndLeavesTheSessionAlone(command: String, message: String) throws {
        let (test, _) = shell(with: ["broken": Self.broken])
        // Short for the plugin that hangs, long for the others however busy the machine.
        test.shell.pluginSettings.timeout = command == "hang" ? 0.5 : 60
        test.shell.pluginSettings.outputLimit = 1_000_000
        #expect(test.run("load Scripts/articles") == 0)
        let before = test.shell.session
        test.errors = ""
        #expect(test.run(command, file: "job.vsh") == 1)
        #expect(test.errors.hasPrefix("job.vsh:1:1: \(command): " + message), "\(test.errors)")
        #expect(test.shell.session == before)
        #expect(test.run("echo still here") == 0)
    }

    @Test func passesArgumentsAsDataNeverThroughAShell() throws {
        let (test, folder) = shell(with: ["broken": Self.broken])
        let marker = folder + "/injected"
        #expect(test.printed("repeat \"; touch \(marker)\" '$(touch \(marker))' '`touch \(marker)`'") == "done\n")
        #expect(!FileManager.default.fileExists(atPath: marker))
    }

    @Test func appliesTheChangesAPluginAsksFor() throws {
        let (test, _) = shell(with: ["broken": Self.broken])
        #expect(test.run("load Scripts/articles") == 0)
        #expect(test.said("addquote") == "addquote: adding\naddquote: made 2 changes\n")
        #expect(test.output.isEmpty)
        let added = try #require(test.shell.session.quotes(in: "a1").first)
        #expect(added.id == "q16" && added.span == TextSpan(0, 12) && added.speaker == "Ada Lovelace" && added.cue == "wrote")
        #expect(test.printed("articles --format csv").split(separator: "\r\n").first == "id,title,outlet,date,quotes,file,checked")
        #expect(test.printed("speakers a1 --format csv").contains("Ada Lovelace,1,person"))
    }

    @Test func describesProblemsOfPluginsThatCannotStart() throws {
        let (test, _) = shell(with: [
            "mute": "#!/bin/sh\nexit 0\n",
            "old": "#!/bin/sh\necho '{\"type\":\"description\",\"version\":9,\"plugin\":\"old\",\"commands\":[]}'\n",
            "greedy": "#!/bin/sh\necho '{\"type\":\"description\",\"version\":1,\"plugin\":\"greedy\",\"commands\":[{\"name\":\"load\",\"summary\":\"x\"}]}'\n",
        ])
        let problems = Dictionary(uniqueKeysWithValues: test.shell.plugins.map { ($0.name, $0.problem ?? "") })
        #expect(problems["mute"] == "plugin mute answered describe with 0 lines instead of one")
        #expect(problems["old"] == "plugin old speaks protocol version 9; this Verbatim speaks 1")
        #expect(problems["greedy"] == "its command load clash with others and are left out")
        #expect(test.shell.registry.command(named: "load") is LoadCommand)
    }

    @Test func addsAndRemovesPluginsByLinkingThem() throws {
        let source = temporaryFolder() + "/words"
        FileManager.default.createFile(atPath: source, contents: Data(Self.broken.utf8), attributes: [.posixPermissions: 0o755])
        let config = temporaryFolder()
        let test = TestShell()
        test.shell.pluginSettings.linkFolder = config + "/verbatim/plugins"
        test.shell.pluginSettings.descriptionCache = config + "/cache.json"
        #expect(test.said("plugin add \(source)").hasPrefix("added plugin broken: crash, hang,"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: config + "/verbatim/plugins/broken") == source)
        #expect(test.shell.registry.command(named: "crash") != nil)
        #expect(test.said("plugin remove broken") == "removed plugin broken\n")
        #expect(test.shell.registry.command(named: "crash") == nil)
        #expect(!FileManager.default.fileExists(atPath: config + "/verbatim/plugins/broken"))
        #expect(test.run("plugin add /etc/hostname") == 1)
        #expect(test.run("plugin timeout soon") == 2)
    }

    @Test func addsTheInProcessPluginThroughTheCommandProtocol() throws {
        let test = TestShell()
        test.shell.registry.register(OutletStatsCommand())
        #expect(test.run("load Scripts/articles") == 0)
        let rows = test.printed("outlet-stats --format csv").split(separator: "\r\n")
        #expect(rows.first == "outlet,articles,quotes,quotes_per_article,named,unattributed,partial")
        #expect(rows.contains("Harbor Daily,1,4,4,1,0,0.25"))
    }
}
