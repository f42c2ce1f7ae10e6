import Foundation
import Testing
import VerbatimShell

/// Inputs the fuzz targets (Fuzz/) crashed on, run the way the targets run them.
@Suite struct FuzzRegressionTests {
    /// FuzzScript: "$00" indexed the arguments at -1.
    static let scripts = ["IyEvdXNyL2Jpbi+SbnYgdmVyYmF0aW0KIyBMb2FEcyBhIGZvT1VPT09PVFBVVC5qc29ubApsb2FkICIkcXVvdGVzAAAwIgpleHBvcnQgcXVvdGVzIC0tZnJ0bW8gYWpzb25sIC0tdG8gIiQjIS91c3IvYmluL2VudiB2ZXJiYXRpbQojIFRoZSBSRUFETUUncyBkZW1vOiB0aHJlZSBSIE9VT09PT1RQVVQuanNvbmwKbG+mm/kv3SQwIgpleHBvcnQgcXVvdGVzIC0tZm9ybWF0IGpzb25sIC0tdG8gIiQjT0xERVIgT1VPT09PVFBVVC5qc29ubApsb6ab+d0kMCIKZXhwb3J0IHF1b3RlcyAtLWZvcm1hdCBqc29ubCAtLXRvICIkIyEvOiB0aHJlZSBPTERFUiBPVU9PT09UUFVULmpzb25sCmxvppvf3SQwMCIKZXhwb3J0IHF1b3RlcyAtLWZvcm1hdCBqc29ubCAtLXRvICIkIyEvdXNyL2Jpbi9lbnYgdmVyYmF0aW0KI+Wrl5ogUkVBRE1FJ3NUIGRlbW86IHRocmVlIG1hZGUtdXDgb3V0bG10cyByZXBvcnQgdGhlcmlwdHMvZGVtby52c2gpCgplY3Vzci9iaW4vZW52IHZlcmJhdGltCiMgVGhlIFJFQURNRSdzIGFydGljbGVzIgpsb2FkIFNjcmlwdHMvYXJ0aWNsZXMKYXJ0aWNsYXMKCmVjaG8KZWNobyAiPTwgRXZlcnkgcTMiCnN1b3RhdHBlaWE="]

    @Test func expandsEveryWordOfScriptsThatOnceCrashed() throws {
        for encoded in Self.scripts {
            let source = String(decoding: try #require(Data(base64Encoded: encoded)), as: UTF8.self)
            let shell = Shell(write: { _ in }, writeError: { _ in })
            shell.arguments = ["one", "two words"]
            for command in (try? ScriptParser.parse(source)) ?? [] {
                for word in command.words { _ = try? shell.expand(word) }
            }
        }
        let test = TestShell()
        #expect(test.run("echo $00 $0", file: "job.vsh") == 0)
        #expect(test.output == "job.vsh job.vsh\n")
    }
}
