/// Times work for the benchmarks: wall-clock seconds on a monotonic clock.
public enum Stopwatch {
    /// Seconds `work` takes, the fastest of `rounds` runs.
    public static func fastest(rounds: Int, _ work: () -> Void) -> Double {
        (0..<max(1, rounds)).map { _ in seconds(work) }.min()!
    }

    /// Seconds `work` takes, run once.
    public static func seconds(_ work: () -> Void) -> Double {
        let elapsed = ContinuousClock().measure(work)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
