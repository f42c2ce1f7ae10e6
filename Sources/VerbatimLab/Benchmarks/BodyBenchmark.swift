import VerbatimCore

/// Times reading web pages already in memory, on one core: libxml2's parsing alone, and the
/// whole of `HTMLArticle` (parsing, the body, the metadata), fastest of several rounds.
public struct BodyBenchmark: Sendable {
    public struct Result: Sendable {
        public var pages: Int
        public var bytes: Int
        public var parseSeconds: Double
        public var readSeconds: Double

        public var pagesPerSecond: Double { Double(pages) / readSeconds }
        public var parsedPagesPerSecond: Double { Double(pages) / parseSeconds }
        public var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / readSeconds }
    }

    public var pages: [[UInt8]]

    public init(pages: [[UInt8]]) { self.pages = pages }

    public func run(rounds: Int) -> Result {
        let parse = Stopwatch.fastest(rounds: rounds) { for page in pages { HTMLArticle.parseOnly(page) } }
        var total = 0
        let read = Stopwatch.fastest(rounds: rounds) { for page in pages { total &+= HTMLArticle(html: page)?.text.utf8.count ?? 0 } }
        return Result(pages: pages.count, bytes: pages.reduce(0) { $0 + $1.count }, parseSeconds: parse, readSeconds: read)
    }
}
