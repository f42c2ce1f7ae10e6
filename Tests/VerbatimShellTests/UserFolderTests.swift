import Foundation
import Testing
import VerbatimCore
import VerbatimShell
import VerbatimTestSupport

@Suite struct UserFolderTests {
    @Test func followsTheXDGVariables() {
        let environment = ["HOME": "/home/ana", "XDG_CONFIG_HOME": "/settings", "XDG_CACHE_HOME": "/scratch",
                           "XDG_STATE_HOME": "/kept"]
        #expect(UserFolder.configuration.file("init.vsh", environment: environment) == "/settings/verbatim/init.vsh")
        #expect(UserFolder.cache.path(environment: environment) == "/scratch/verbatim")
        #expect(UserFolder.state.file("history", environment: environment) == "/kept/verbatim/history")
    }

    @Test func ignoresEmptyAndRelativeVariablesAsTheXDGRulesSay() {
        let environment = ["HOME": "/home/ana", "XDG_CONFIG_HOME": "relative/config", "XDG_CACHE_HOME": ""]
        #expect(UserFolder.configuration.path(environment: environment) == "/home/ana/.config/verbatim")
        #expect(UserFolder.cache.path(environment: environment) == "/home/ana/.cache/verbatim")
        #expect(UserFolder.state.path(environment: environment) == "/home/ana/.local/state/verbatim")
    }

    @Test func pluginLinksAndTheInitFileShareOneFolder() {
        let environment = ["HOME": "/home/ana", "XDG_CONFIG_HOME": "relative"]
        #expect(PluginDiscovery.configFolder(environment: environment) == "/home/ana/.config/verbatim/plugins")
    }
}

/// `~` in paths is `$HOME`, as sh reads it, in every command and in Tab.
@Suite struct HomeFolderTests {
    @Test func expandsTildeWithTheHomeVariable() {
        #expect(HomeFolder.expanding("~/news", home: "/tmp/h") == "/tmp/h/news")
        #expect(HomeFolder.expanding("~", home: "/tmp/h") == "/tmp/h")
        #expect(HomeFolder.expanding("a/~b", home: "/tmp/h") == "a/~b")
        #expect(HomeFolder.expanding("~root/x", home: "/tmp/h") == "/root/x")
    }

    @Test func loadsCompletesAndWritesUnderTheHomeVariable() throws {
        let home = temporaryFolder()
        try FileManager.default.createDirectory(atPath: home + "/news", withIntermediateDirectories: true)
        try "Story\n\n“We will rebuild,” said Mayor Elena Marsh.".write(toFile: home + "/news/story.txt", atomically: true, encoding: .utf8)
        let test = TestShell()
        test.shell.environment["HOME"] = home
        #expect(test.run("load ~/news") == 0, "\(test.errors)")
        #expect(test.shell.session.articles.count == 1)
        #expect(Completer(shell: test.shell).complete("load ~/ne").candidates == ["~/news/"])
        #expect(test.run("export quotes --to ~/quotes.jsonl") == 0)
        #expect(FileManager.default.fileExists(atPath: home + "/quotes.jsonl"))
    }
}
