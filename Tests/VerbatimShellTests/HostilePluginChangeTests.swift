import Foundation
import Testing
import VerbatimCore
@testable import VerbatimShell

/// Changes from a plugin that would once have crashed the shell: spans that end before they
/// start or lie outside the text, and numbers too large for an integer.
@Suite struct HostilePluginChangeTests {
    static let plugin = #"""
    #!/bin/sh
    read request
    case "$request" in
      *'"request":"describe"'*)
        echo '{"type":"description","version":1,"plugin":"hostile","commands":[{"name":"backwards","summary":"."},{"name":"negative","summary":"."},{"name":"huge","summary":"."},{"name":"enormous","summary":"."},{"name":"empty","summary":"."},{"name":"far","summary":"."}]}' ;;
      *'"command":"backwards"'*) echo '{"type":"result","changes":[{"change":"set-field","on":"article","id":"a1","field":"x","value":1},{"change":"add-quote","article":"a1","start":10,"end":2}]}' ;;
      *'"command":"negative"'*) echo '{"type":"result","changes":[{"change":"add-quote","article":"a1","start":-5,"end":3}]}' ;;
      *'"command":"huge"'*) echo '{"type":"result","changes":[{"change":"add-quote","article":"a1","start":9223372036854775806,"end":9223372036854775807}]}' ;;
      *'"command":"enormous"'*) echo '{"type":"result","changes":[{"change":"set-field","on":"article","id":"a1","field":"big","value":1e308},{"change":"set-field","on":"article","id":"a2","field":"big","value":-1e308}]}' ;;
      *'"command":"empty"'*) echo '{"type":"result","changes":[{"change":"add-quote","article":"a1","start":5,"end":5}]}' ;;
      *'"command":"far"'*) echo '{"type":"result","changes":[{"change":"add-quote","article":"a1","start":1e19,"end":5}]}' ;;
    esac
    """#

    @Test(arguments: [
        ("backwards", "change 2 cannot be made: the span 10–2 ends before it starts; nothing was changed"),
        ("negative", "change 1 cannot be made: the span -5–3 is not inside a1"),
        ("huge", "change 1 cannot be made: the span 9223372036854775806–9223372036854775807 is not inside a1"),
        ("empty", "change 1 cannot be made: the span 5–5 is empty (it must end after it starts)"),
        ("far", "line 1 of its answer does not follow the protocol (the number at .changes[0].start must be a whole number (up to 9223372036854775807))"),
    ])
    func refusesSpansOutsideTheTextAndChangesNothing(command: String, message: String) {
        let (test, _) = PluginTests().shell(with: ["hostile": Self.plugin])
        #expect(test.run("load Scripts/articles") == 0)
        let before = test.shell.session
        test.errors = ""
        #expect(test.run(command, file: "job.vsh") == 1)
        #expect(test.errors.hasPrefix("job.vsh:1:1: \(command): plugin hostile, command \(command), " + message), "\(test.errors)")
        #expect(test.shell.session == before)
    }

    @Test func listsAndSavesNumbersTooLargeForAnInteger() throws {
        let (test, folder) = PluginTests().shell(with: ["hostile": Self.plugin])
        #expect(test.run("load Scripts/articles; enormous; save \(folder)/big.json; reset; open \(folder)/big.json") == 0, "\(test.errors)")
        let rows = test.printed("articles --format csv").split(separator: "\r\n")
        #expect(rows.first?.hasSuffix(",big") == true)
        #expect(rows.dropFirst().first?.hasSuffix(",1e+308") == true)
        #expect(rows.dropFirst(2).first?.hasSuffix(",-1e+308") == true)
        #expect(test.printed("articles --format json").contains("1e+308"))
    }
}
