// Starts libFuzzer on a target's LLVMFuzzerTestOneInput: SwiftPM names an executable's entry
// point MODULE_main, so each target's entry calls this.
public typealias FuzzInput = @convention(c) (UnsafePointer<UInt8>, Int) -> CInt

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ test: FuzzInput) -> CInt

/// Runs libFuzzer with the program's arguments on `test`.
public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ test: FuzzInput) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments, test)
}
