import Foundation
import Testing
@testable import VerbatimCore
@testable import VerbatimShell

/// The changes of a plugin's answer: made all or nothing, and stopped by Ctrl-C.
@Suite struct PluginChangesTests {
    static let session: Session = {
        var session = Session()
        session.add(ArticleSource(text: "“We will rebuild the bridge,” said Mayor Elena Marsh."))
        return session
    }()

    static func changes(_ count: Int) -> [PluginMessages.Change] {
        (0..<count).map { PluginMessages.Change(change: "set-field", on: "article", id: "a1", field: "n", value: .number(Double($0))) }
    }

    @Test func ctrlCWhileApplyingChangesAppliesNothing() {
        var asked = 0
        #expect(throws: PluginChanges.Failure.interrupted) {
            _ = try PluginChanges.applying(Self.changes(10_000), to: Self.session) { asked += 1; return true }
        }
        #expect(asked == 1)
    }

    @Test func looksAtTheInterruptFlagEveryFewThousandChanges() throws {
        var asked = 0
        let edited = try PluginChanges.applying(Self.changes(10_000), to: Self.session) { asked += 1; return false }
        #expect(asked == 10_000 / PluginChanges.interruptCheckInterval)
        #expect(edited.articles[0].fields["n"] == .number(9_999))
    }

    @Test func aChangeThatCannotBeMadeIsNamedByItsNumber() {
        var changes = Self.changes(3)
        changes[1].id = "a9"
        #expect(throws: PluginChanges.Failure.change(number: 2, reason: "no article a9")) {
            _ = try PluginChanges.applying(changes, to: Self.session) { false }
        }
    }
}
