import Testing
import VerbatimShell

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
