import Testing
@testable import VerbatimCore

/// Where one passage lies whole in another, found in linear time.
@Suite struct WordDiffTests {
    /// The first place `short` lies in `long`, looked for the slow, obvious way.
    static func naiveOffset(_ short: [Int32], _ long: [Int32]) -> Int? {
        guard !short.isEmpty, short.count < long.count else { return nil }
        return (0...(long.count - short.count)).first { long[$0..<($0 + short.count)].elementsEqual(short) }
    }

    @Test func findsThePassageWhereTheObviousSearchDoes() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let alphabet = Int32.random(in: 1...3, using: &random)
            let long = (0..<Int.random(in: 0...14, using: &random)).map { _ in Int32.random(in: 0..<alphabet, using: &random) }
            let short = (0..<Int.random(in: 0...6, using: &random)).map { _ in Int32.random(in: 0..<alphabet, using: &random) }
            #expect(WordDiff.offset(of: short, in: long) == Self.naiveOffset(short, long), "\(short) in \(long)")
        }
    }

    /// "a a … a b" inside "a a … a c": the obvious search compares about n²/2 words.
    @Test func handlesPassagesBuiltToBeSlow() {
        let count = 200_000
        let short = [Int32](repeating: 1, count: count) + [2]
        let long = [Int32](repeating: 1, count: 2 * count) + [3]
        #expect(WordDiff.offset(of: short, in: long) == nil)
        #expect(WordDiff.offset(of: short, in: long + short) == 2 * count + 1)
        let alignment = WordDiff.align(ArraySlice(short), ArraySlice(long))
        #expect(alignment.contains { $0.operation == .equal })
    }
}
