import Foundation
import Testing
import VerbatimTestSupport

extension TerminalTests {
    @Test func ctrlCStopsADownloadAtOnceKeepingWhatLoaded() throws {
        let server = try LoopbackListener()
        defer { withExtendedLifetime(server) {} }
        let terminal = try start()
        terminal.type("load --allow-local Scripts/articles/harbor-daily.txt http://127.0.0.1:\(server.port)/story\r")
        Thread.sleep(forTimeInterval: 0.5)
        let pressed = Date()
        terminal.type("\u{03}")
        try terminal.expect("interrupted after loading 1 of 2 files (those stay loaded)", within: 5)
        #expect(Date().timeIntervalSince(pressed) < 1.5)
        try terminal.expect("verbatim (1 article, 4 quotes)> ")
    }
}
