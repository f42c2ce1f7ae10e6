// The command language: parsing, variable expansion and running (with commands that touch no files).
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
    let shell = Shell(write: { _ in }, writeError: { _ in })
    shell.arguments = ["one", "two words"]
    shell.variables = ["who": "Elena Marsh"]
    for command in commands {
        for word in command.words { _ = try? shell.expand(word) }
        // Only commands that neither read nor write files, nor run for long.
        guard let name = command.words.first?.literalText, ["echo", "set", "def", "help", "quotes", "speakers", "articles"].contains(name)
        else { continue }
        _ = try? CommandLoop(shell: shell, file: "fuzz").run([command])
    }
    return 0
}
