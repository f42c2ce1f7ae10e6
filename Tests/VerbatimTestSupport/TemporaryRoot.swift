import Foundation

/// The folder a test process keeps its temporary files in, removed with them when the process
/// exits, so that test runs do not fill the temporary folder.
public let temporaryRoot: String = {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-tests-\(getpid())").path
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    atexit {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-tests-\(getpid())").path
        try? FileManager.default.removeItem(atPath: root)
    }
    return path
}()

/// A fresh folder inside `temporaryRoot`.
public func temporaryFolder() -> String {
    let path = (temporaryRoot as NSString).appendingPathComponent("verbatim-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
