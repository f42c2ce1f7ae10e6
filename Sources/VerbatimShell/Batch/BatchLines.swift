import VerbatimCore

/// The reading loop of the batch commands that take one JSON line at a time (`batch judge`,
/// `batch links`): inputs in turn, blank lines passed over, a line that cannot be taken
/// reported as `FILE:LINE: reason` and passed over (or, strict, the end of the run).
struct BatchLines {
    /// Whether the first bad line stops the run.
    var isStrict = false
    /// What standard input is called in reports and labels.
    var standardInputName = "standard input"
    /// Lines longer than this many bytes are passed over.
    var longestLine: Int

    /// Why a line cannot be taken.
    struct Problem: Error {
        var reason: String
    }

    /// The exit status of a batch run: 1 when an input failed or a strict run stopped, else 0
    /// (lines passed over are reported, not failures of the run).
    static func status(failedInputs: Int, stoppedEarly: Bool) -> Int32 { failedInputs > 0 || stoppedEarly ? 1 : 0 }

    /// A run's closing line: `opening`, then how many `unit`s were passed over and whether the
    /// run stopped at the first bad one.
    static func statusLine(_ opening: String, skipped: Int, unit: String, stoppedEarly: Bool) -> String {
        var line = opening
        if skipped > 0 { line += "; \(skipped) \(unit)\(skipped == 1 ? "" : "s") skipped" }
        if stoppedEarly { line += "; stopped at the first bad \(unit) (--strict)" }
        return line
    }

    /// What the run did.
    struct Counts {
        var taken = 0
        var skipped = 0
        var failedInputs = 0
        var stoppedEarly = false
    }

    /// Reads `inputs` ("-", or none, for standard input), handing each line and its label
    /// (`FILE:LINE`) to `take`, and problems to `report`.
    func run(_ inputs: [String], report: (String) -> Void, take: ([UInt8], String) throws(Problem) -> Void) -> Counts {
        var counts = Counts()
        for input in inputs.isEmpty ? ["-"] : inputs {
            let name = input == "-" ? standardInputName : input
            do throws(LoadError) {
                let lines = input == "-" ? try LineStream.standardInput(named: name, longestLine: longestLine)
                    : try LineStream(path: input, longestLine: longestLine)
                while let line = try lines.next() {
                    let number: Int, reason: String
                    switch line {
                    case let .tooLong(lineNumber, bytes):
                        (number, reason) = (lineNumber, "is \(LoadLimits.megabytes(roundingUp: bytes)) long; lines over \(LoadLimits.megabytes(longestLine)) are not read")
                    case let .text(lineNumber, bytes):
                        if CorpusReader.isBlank(bytes) { continue }
                        do throws(Problem) {
                            try take(bytes, "\(name):\(lineNumber)")
                            counts.taken += 1
                            continue
                        } catch {
                            (number, reason) = (lineNumber, error.reason)
                        }
                    }
                    report(LoadError(file: name, line: number, reason: reason).localizedDescription)
                    counts.skipped += 1
                    if isStrict {
                        counts.stoppedEarly = true
                        return counts
                    }
                }
            } catch {
                report(error.localizedDescription)
                counts.failedInputs += 1
            }
        }
        return counts
    }
}
