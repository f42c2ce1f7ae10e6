// The command language: parsing, variable expansion and running (with commands that touch no
// files), on a shell that believes it writes to a terminal.
import Foundation
import FuzzDriver
import VerbatimShell

@_cdecl("FuzzScript_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let commands = try? ScriptParser.parse(source) else { return 0 }
    // As on a terminal: nothing written may hold a character the terminal would act on.
    let shell = Shell(write: requireShownSafely, writeError: requireShownSafely)
    shell.outputIsTerminal = true
    shell.errorIsTerminal = true
    shell.arguments = ["one", "two words"]
    try? shell.setVariable("who", to: "Elena Marsh")
    for command in commands {
        for word in command.words { _ = try? shell.expand(word) }
        // Only commands that neither read nor write files, nor run for long.
        guard let name = command.words.first?.literalText, ["echo", "set", "def", "help", "quotes", "speakers", "articles"].contains(name)
        else { continue }
        _ = try? CommandLoop(shell: shell, file: "fuzz").run([command])
    }
    return 0
}

/// Stops the fuzzer when `text`, written to a terminal, holds a control character other than a
/// line feed or tab, DEL, a C1 control or a bidi override or isolate.
func requireShownSafely(_ text: String) {
    for scalar in text.unicodeScalars where scalar != "\n" && scalar != "\t" {
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
            fatalError("a control character reached the terminal: \(text.debugDescription)")
        default: continue
        }
    }
}
