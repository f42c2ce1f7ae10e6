import Foundation

/// An article's source with what extraction found in it, before a session numbers its
/// quotes: the work of `Session.add` that needs no session, so that it can run on any thread.
public struct ExtractedArticle: Sendable {
    /// The source, its date and outlet written one way (ISO 8601 dates, outlets as names), so
    /// that sources are put in time order by comparing them.
    public var source: ArticleSource
    public var extraction: Extraction

    public init(_ source: ArticleSource, pipeline: ExtractionPipeline = .standard) {
        var source = source
        source.date = source.date.map(PublicationDate.normalized)
        source.outlet = source.outlet.map(OutletName.normalized)
        self.source = source
        extraction = pipeline.extract(source.text, embeddedPosts: source.embeddedPosts)
    }

    /// `sources` extracted on up to `jobs` threads at once, in their order; the result does
    /// not depend on `jobs`.
    public static func extracting(_ sources: [ArticleSource], pipeline: ExtractionPipeline = .standard, jobs: Int) -> [ExtractedArticle] {
        guard jobs > 1, sources.count > 1 else { return sources.map { ExtractedArticle($0, pipeline: pipeline) } }
        var results = [ExtractedArticle?](repeating: nil, count: sources.count)
        let next = Counter()
        results.withUnsafeMutableBufferPointer { buffer in
            // Each thread takes the next article not yet taken, so a long article holds up
            // only its own thread; each writes only the slots of the articles it took.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: min(jobs, sources.count)) { _ in
                while let index = next.take(below: sources.count) {
                    slots[index] = ExtractedArticle(sources[index], pipeline: pipeline)
                }
            }
        }
        return results.map { $0! }
    }

    /// The next index to hand out, shared by the threads.
    private final class Counter: @unchecked Sendable {
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
}
