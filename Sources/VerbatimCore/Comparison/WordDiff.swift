/// How one passage's words differ from another's: runs of equal, replaced, inserted and
/// deleted words, from a longest common subsequence of the two.
public struct WordDiff: Hashable, Sendable {
    /// What a run does to the reference's words.
    public enum Operation: String, Hashable, Sendable {
        case equal, replace, insert, delete
    }

    /// Consecutive words that the same operation turns from the reference into the other.
    public struct Run: Hashable, Sendable {
        public var operation: Operation
        /// The reference's words (none for an insertion).
        public var from: [String]
        /// The other passage's words (none for a deletion).
        public var to: [String]
    }

    public var runs: [Run]

    public init(runs: [Run]) { self.runs = runs }

    /// The runs as word ranges of the two passages.
    struct Alignment: Equatable {
        var operation: Operation
        var from: Range<Int>
        var to: Range<Int>
    }

    /// The runs of `alignment` between the words of `from` and `to`; a word that aligns with
    /// another spelling of itself ("recognize", "recognise") is a replacement of its own. An
    /// equal run's two word lists are one array, since they are the same words.
    init(_ alignment: [Alignment], from: ArraySlice<String>, to: ArraySlice<String>) {
        func words(_ forms: ArraySlice<String>, _ range: Range<Int>) -> [String] {
            Array(forms.relative(range))
        }
        runs = []
        for run in alignment {
            guard run.operation == .equal else {
                runs.append(Run(operation: run.operation, from: words(from, run.from), to: words(to, run.to)))
                continue
            }
            var offset = 0
            while offset < run.from.count {
                let first = run.from.lowerBound + offset, other = run.to.lowerBound + offset
                guard from[from.startIndex + first] == to[to.startIndex + other] else {
                    runs.append(Run(operation: .replace, from: [from[from.startIndex + first]], to: [to[to.startIndex + other]]))
                    offset += 1
                    continue
                }
                var end = offset + 1
                while end < run.from.count,
                      from[from.startIndex + run.from.lowerBound + end] == to[to.startIndex + run.to.lowerBound + end] {
                    end += 1
                }
                let same = words(from, (run.from.lowerBound + offset)..<(run.from.lowerBound + end))
                runs.append(Run(operation: .equal, from: same, to: same))
                offset = end
            }
        }
    }

    /// The number of words the two passages share in order.
    public var sharedWords: Int { runs.reduce(0) { $0 + ($1.operation == .equal ? $1.from.count : 0) } }

    /// The other passage with the changes marked: "[-sham-]{+phony+} referenda".
    public var markedText: String {
        runs.map { run in
            let from = run.from.joined(separator: " "), to = run.to.joined(separator: " ")
            switch run.operation {
            case .equal: return from
            case .delete: return "[-\(from)-]"
            case .insert: return "{+\(to)+}"
            case .replace: return "[-\(from)-]{+\(to)+}"
            }
        }.joined(separator: " ")
    }

    /// The alignment of two word sequences (by key), runs in order. Common ends are matched
    /// first, so identical and nearly identical passages cost time linear in their length.
    static func align(_ first: ArraySlice<Int32>, _ second: ArraySlice<Int32>) -> [Alignment] {
        let a = Array(first), b = Array(second)
        // One passage whole inside the other is a trimming or an extension, however else
        // the words could pair ("The piers" against "The engineers told us the piers").
        if a.count != b.count {
            let (short, long) = a.count < b.count ? (a, b) : (b, a)
            if let offset = offset(of: short, in: long) {
                let kept = offset..<(offset + short.count)
                let ends = [0..<offset, kept.upperBound..<long.count].filter { !$0.isEmpty }
                var result = ends.first?.lowerBound == 0 ? [ends[0]] : []
                result.append(kept)
                result += ends.filter { $0.lowerBound > 0 }
                return result.map { range in
                    let isKept = range == kept
                    let shortRange = isKept ? 0..<short.count : (range.lowerBound == 0 ? 0..<0 : short.count..<short.count)
                    let operation: Operation = isKept ? .equal : (a.count > b.count ? .delete : .insert)
                    return a.count > b.count ? Alignment(operation: operation, from: range, to: shortRange)
                        : Alignment(operation: operation, from: shortRange, to: range)
                }
            }
        }
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        var pairs: [(Int, Int)] = (0..<prefix).map { ($0, $0) }
        pairs += commonSubsequence(a[prefix..<(a.count - suffix)], b[prefix..<(b.count - suffix)])
        pairs += (0..<suffix).map { (a.count - suffix + $0, b.count - suffix + $0) }
        return runs(matching: pairs, firstCount: a.count, secondCount: b.count)
    }

    /// Where `short` first lies whole inside `long`, if it does: Knuth–Morris–Pratt, so time
    /// is linear in both lengths even for passages built to be slow ("a a a … b" in "a a a … c").
    static func offset(of short: [Int32], in long: [Int32]) -> Int? {
        guard !short.isEmpty, short.count < long.count else { return nil }
        // fallback[i]: the length of the longest proper prefix of short[...i] that ends there.
        var fallback = [Int](repeating: 0, count: short.count)
        var matched = 0
        for index in 1..<short.count {
            while matched > 0, short[index] != short[matched] { matched = fallback[matched - 1] }
            if short[index] == short[matched] { matched += 1 }
            fallback[index] = matched
        }
        matched = 0
        for (index, word) in long.enumerated() {
            while matched > 0, word != short[matched] { matched = fallback[matched - 1] }
            if word == short[matched] { matched += 1 }
            if matched == short.count { return index - short.count + 1 }
        }
        return nil
    }

    /// Passages longer than this (in cells of the table) are not aligned word by word.
    static let largestTable = 16_000_000

    /// The index pairs of a longest common subsequence of `a` and `b`.
    private static func commonSubsequence(_ a: ArraySlice<Int32>, _ b: ArraySlice<Int32>) -> [(Int, Int)] {
        let n = a.count, m = b.count
        guard n > 0, m > 0, n * m <= largestTable else { return [] }
        // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
        var lengths = [Int32](repeating: 0, count: (n + 1) * (m + 1))
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i * (m + 1) + j] = a[a.startIndex + i] == b[b.startIndex + j]
                    ? lengths[(i + 1) * (m + 1) + j + 1] + 1
                    : max(lengths[(i + 1) * (m + 1) + j], lengths[i * (m + 1) + j + 1])
            }
        }
        var pairs: [(Int, Int)] = []
        var i = 0, j = 0
        while i < n, j < m {
            if a[a.startIndex + i] == b[b.startIndex + j] {
                pairs.append((a.startIndex + i, b.startIndex + j))
                i += 1
                j += 1
            } else if lengths[(i + 1) * (m + 1) + j] >= lengths[i * (m + 1) + j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return pairs
    }

    /// Runs from matched index pairs: equal runs, and between them a replacement, insertion or deletion.
    private static func runs(matching pairs: [(Int, Int)], firstCount: Int, secondCount: Int) -> [Alignment] {
        var result: [Alignment] = []
        var i = 0, j = 0
        func gap(to nextI: Int, _ nextJ: Int) {
            switch (nextI > i, nextJ > j) {
            case (true, true): result.append(Alignment(operation: .replace, from: i..<nextI, to: j..<nextJ))
            case (true, false): result.append(Alignment(operation: .delete, from: i..<nextI, to: j..<j))
            case (false, true): result.append(Alignment(operation: .insert, from: i..<i, to: j..<nextJ))
            case (false, false): break
            }
        }
        for (pi, pj) in pairs {
            gap(to: pi, pj)
            if let last = result.last, last.operation == .equal, last.from.upperBound == pi, last.to.upperBound == pj {
                result[result.count - 1].from = last.from.lowerBound..<(pi + 1)
                result[result.count - 1].to = last.to.lowerBound..<(pj + 1)
            } else {
                result.append(Alignment(operation: .equal, from: pi..<(pi + 1), to: pj..<(pj + 1)))
            }
            i = pi + 1
            j = pj + 1
        }
        gap(to: firstCount, secondCount)
        return result
    }
}
