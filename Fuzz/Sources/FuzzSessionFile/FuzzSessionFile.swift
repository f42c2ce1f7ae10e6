// Session files: decoding, then what commands do with the session read.
import Foundation
import FuzzDriver
import VerbatimCore
import VerbatimShell

@_cdecl("FuzzSessionFile_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let session = try? SessionFile.decode(Data(bytes: data, count: size), name: "fuzz.json") else { return 0 }
    let shell = Shell(write: { _ in }, writeError: { _ in })
    shell.session = session
    for line in ["articles", "quotes --kind all", "speakers", "compare --all", "export quotes", "export articles"]
        + session.articles.prefix(3).map({ "show \($0.id)" }) {
        guard let command = try? ScriptParser.parse(line).first else { continue }
        _ = try? CommandLoop(shell: shell, file: "fuzz").run([command])
    }
    return 0
}
