// The plugin protocol: what a plugin writes in answer to a call, and to describe.
import Foundation
import FuzzDriver
import VerbatimShell

@_cdecl("FuzzPluginAnswer_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = ExternalPlugin.problem(inAnswer: bytes)
    if let line = String(validating: bytes, as: UTF8.self) { _ = ExternalPlugin.problem(inDescription: line) }
    return 0
}
