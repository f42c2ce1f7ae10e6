import VerbatimShell

/// Runs commands read from standard input when it is not a terminal: no prompt, no editing,
/// errors reported as `<stdin>:LINE:COL:` and, as in scripts, the first one stops the run.
struct StandardInputShell {
    let shell: Shell
    let keepGoing: Bool

    func run() -> Int32 {
        var loop = CommandLoop(shell: shell, file: "<stdin>", keepGoing: keepGoing)
        var status: Int32 = 0
        while let line = readLine(strippingNewline: true) {
            do {
                let result = try loop.feed(line)
                if result != 0 {
                    status = result
                    if !keepGoing { return status }
                }
            } catch {
                return error.status
            }
        }
        let ending = loop.finish()
        return ending != 0 ? ending : status
    }
}
