import Foundation
import Testing
@testable import VerbatimShell

/// Plugin descriptions whose commands Verbatim cannot offer as described.
@Suite struct PluginDescriptionShapeTests {
    static func problem(_ commands: String) throws -> String? {
        let json = #"{"type":"description","version":1,"plugin":"shaper","commands":"# + commands + "}"
        return try JSONDecoder().decode(PluginMessages.Description.self, from: Data(json.utf8)).problem
    }

    @Test func refusesBadShapesWithAReason() throws {
        #expect(try Self.problem(#"[{"name":"x","summary":"s"},{"name":"x","summary":"t"}]"#) == "offers the command x twice")
        #expect(try Self.problem(#"[{"name":"x","summary":"s","options":[{"name":"a"},{"name":"a","value":"V"}]}]"#)
                == "offers x with --a twice")
        #expect(try Self.problem(#"[{"name":"x","summary":"s","options":[{"name":"format","value":"F"}]}]"#)
                == "offers x with --format, which is Verbatim's own option of every listing command")
        #expect(try Self.problem(#"[{"name":"x","summary":"s","options":[{"name":"raw"}]}]"#)
                == "offers x with --raw, which is Verbatim's own option of every listing command")
        #expect(try Self.problem(#"[{"name":"x","summary":"s","arguments":{"min":-5,"max":-1}}]"#)
                == "offers x with at least -5 arguments, fewer than none")
        #expect(try Self.problem(#"[{"name":"x","summary":"s","arguments":{"min":0,"max":-1}}]"#)
                == "offers x with at most -1 arguments, fewer than none")
        #expect(try Self.problem(#"[{"name":"x","summary":"s","arguments":{"min":3,"max":1}}]"#)
                == "offers x with at least 3 arguments but at most 1")
    }

    @Test func acceptsGoodShapes() throws {
        #expect(try Self.problem(#"[{"name":"x","summary":"s","arguments":{"min":1,"max":1},"options":[{"name":"top","value":"N"}]},"#
                                 + #"{"name":"y","summary":"s","arguments":{"min":0,"max":null}}]"#) == nil)
    }
}
