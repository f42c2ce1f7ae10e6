import Foundation
import VerbatimShell
import VerbatimTestSupport

/// A shell whose output is captured, working in the project root (where Scripts/articles is).
final class TestShell {
    static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    var output = ""
    var errors = ""
    private(set) var shell: Shell!

    init(workingDirectory: String = TestShell.projectRoot) {
        shell = Shell(workingDirectory: workingDirectory, write: { [unowned self] in output += $0 },
                      writeError: { [unowned self] in errors += $0 })
    }

    /// Runs `script` as a file named `file`; returns its exit status.
    @discardableResult
    func run(_ script: String, file: String = "test.vsh", arguments: [String] = [], keepGoing: Bool = false) -> Int32 {
        do {
            return try ScriptRunner(shell: shell, keepGoing: keepGoing).run(script, file: file, arguments: arguments)
        } catch {
            return error.status
        }
    }

    /// Runs `script` and returns what it printed, clearing the captured output.
    func printed(_ script: String) -> String {
        output = ""
        run(script)
        return output
    }

    /// Runs `script` and returns what it wrote on standard error (status lines, errors),
    /// clearing what was captured there before.
    func said(_ script: String) -> String {
        errors = ""
        run(script)
        return errors
    }
}
