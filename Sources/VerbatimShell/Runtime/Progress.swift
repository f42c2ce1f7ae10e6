/// A progress line for long commands, shown on standard error at the prompt only (never in
/// scripts or pipes): "loading 1,200 of 5,000 files", redrawn in place at most ten times a second.
public struct Progress {
    private let total: Int
    private let unit: String
    private let write: ((String) -> Void)?
    private var done = 0
    private var lastDrawn: ContinuousClock.Instant?
    private var drawn = false

    init(total: Int, unit: String, write: ((String) -> Void)?) {
        self.total = total
        self.unit = unit
        self.write = write
    }

    /// Counts one more item done.
    public mutating func advance() {
        done += 1
        guard let write, total >= Self.smallestShown else { return }
        let now = ContinuousClock.now
        if let lastDrawn, now - lastDrawn < .milliseconds(100), done < total { return }
        lastDrawn = now
        drawn = true
        let width = 30
        let filled = width * done / total
        write("\r[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "] \(done) of \(total) \(unit)\u{1B}[K")
    }

    /// Clears the progress line.
    public mutating func finish() {
        if drawn { write?("\r\u{1B}[K") }
        drawn = false
    }

    /// Shorter jobs show no progress.
    static let smallestShown = 50
}

extension Shell {
    /// A progress line for `total` items, drawn only when the shell shows progress.
    public func progress(total: Int, unit: String) -> Progress {
        // Written as it is: the line's own escape sequences redraw it, and it holds no data.
        Progress(total: total, unit: unit, write: showsProgress ? errorStream : nil)
    }
}
