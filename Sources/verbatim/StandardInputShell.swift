import Foundation
import VerbatimShell

/// Runs commands read from standard input when it is not a terminal: no prompt, no editing,
/// errors reported as `<stdin>:LINE:` and, as in scripts, the first one stops the run.
struct StandardInputShell {
    let shell: Shell
    let keepGoing: Bool

    func run() -> Int32 {
        var accumulator = LineAccumulator()
        let runner = ScriptRunner(shell: shell, keepGoing: keepGoing)
        var status: Int32 = 0
        var lineNumber = 0
        while let line = readLine(strippingNewline: true) {
            lineNumber += 1
            do {
                let commands = try accumulator.add(line)
                let result = try runner.run(commands, file: "<stdin>")
                if result != 0 {
                    status = result
                    if !keepGoing { return status }
                }
            } catch let error as SyntaxError {
                shell.writeError("<stdin>:\(error.line): \(error.message)\n")
                return 2
            } catch let error as ShellError {
                return error.status
            } catch {
                return 1
            }
        }
        do {
            try accumulator.finish()
        } catch {
            shell.writeError("<stdin>:\(error.line): \(error.message)\n")
            return 2
        }
        return status
    }
}
