// The plugin protocol: what a plugin writes in answer to a call.
import Foundation
import FuzzDriver
import VerbatimShell

@_cdecl("FuzzPluginAnswer_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = ExternalPlugin.problem(inAnswer: Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
