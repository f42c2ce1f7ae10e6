import Foundation

extension Array where Element: Sendable {
    /// `transform` applied to every element on up to `jobs` threads at once, the results in
    /// the elements' order. Each thread takes the next element not yet taken, so a slow one
    /// holds up only its own thread. With one job (or one element) it runs on this thread.
    public func parallelMap<Result: Sendable>(jobs: Int, _ transform: @Sendable (Element) -> Result) -> [Result] {
        guard jobs > 1, count > 1 else { return map(transform) }
        var results = [Result?](repeating: nil, count: count)
        let next = NextIndex()
        results.withUnsafeMutableBufferPointer { buffer in
            // Every thread writes only the slots of the elements it took.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: Swift.min(jobs, count)) { _ in
                while let index = next.take(below: count) {
                    slots[index] = transform(self[index])
                }
            }
        }
        return results.map { $0! }
    }
}

/// The next index to hand out, shared by the threads of `parallelMap`.
private final class NextIndex: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}

extension Range where Bound == Int {
    /// The range cut into consecutive pieces of `size` (the last one shorter), to hand out to
    /// threads or to work through a batch at a time.
    public func pieces(of size: Int) -> [Range<Int>] {
        precondition(size > 0, "a piece holds something")
        return stride(from: lowerBound, to: upperBound, by: size).map { $0..<Swift.min($0 + size, upperBound) }
    }
}
