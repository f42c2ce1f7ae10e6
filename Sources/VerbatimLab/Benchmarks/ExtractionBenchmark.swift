import Foundation
import VerbatimCore

/// Times the extraction pipeline over texts already in memory, so that reading files is not
/// counted: throughput in megabytes and words per second, on one core.
public struct ExtractionBenchmark: Sendable {
    /// What one run measured.
    public struct Result: Sendable {
        public var articles: Int
        public var bytes: Int
        /// Words as `wc -w` counts them: runs of non-space characters.
        public var words: Int
        public var quotes: Int
        public var seconds: Double

        public var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / seconds }
        public var wordsPerSecond: Double { Double(words) / seconds }
    }

    public var texts: [String]

    public init(texts: [String]) { self.texts = texts }

    /// Extracts every text `rounds` times and reports the fastest round.
    public func run(rounds: Int, pipeline: ExtractionPipeline = .standard) -> Result {
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let words = texts.reduce(0) { $0 + Self.wordCount($1) }
        var quotes = 0
        let best = Stopwatch.fastest(rounds: rounds) {
            quotes = 0
            for text in texts { quotes += pipeline.extract(text).quotes.count }
        }
        return Result(articles: texts.count, bytes: bytes, words: words, quotes: quotes, seconds: best)
    }

    /// Runs of non-space characters, counted on UTF-8 bytes.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let isSpace = byte == 0x20 || (0x09...0x0D).contains(byte)
            if !isSpace && !inWord { count += 1 }
            inWord = !isSpace
        }
        return count
    }
}
