import Foundation

/// A fixed set of words, built once and looked up for every token: the lexicons of the
/// extraction stages. A look-up hashes the word's UTF-8 bytes with FNV-1a and probes an open
/// table, several times faster than `Set<String>`, whose per-process seeded hashing dominates
/// on words of a few letters.
public struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    /// The words, each once, in the order first given.
    private let words: [String]
    /// Indexes into `words`, by hash; -1 where empty. A quarter full at most.
    private let slots: [Int32]
    private let mask: Int

    public init<Words: Sequence<String>>(_ given: Words) {
        var seen = Set<String>()
        words = given.filter { seen.insert($0).inserted }
        var size = 8
        while size < words.count * 4 { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        for (index, word) in words.enumerated() {
            var slot = Self.hash(word) & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(index)
        }
        self.slots = slots
        mask = size - 1
    }

    public init(arrayLiteral words: String...) { self.init(words) }

    /// Whether `word` is one of the set's words (exactly: callers pass it lowercased).
    public func contains(_ word: String) -> Bool {
        var slot = Self.hash(word) & mask
        while true {
            let index = slots[slot]
            if index < 0 { return false }
            if words[Int(index)] == word { return true }
            slot = (slot + 1) & mask
        }
    }

    public var count: Int { words.count }

    public func makeIterator() -> IndexingIterator<[String]> { words.makeIterator() }

    /// The set with `other`'s words added.
    public func union<Words: Sequence<String>>(_ other: Words) -> WordSet { WordSet(words + Array(other)) }

    /// The set without `other`'s words.
    public func subtracting<Words: Sequence<String>>(_ other: Words) -> WordSet {
        let removed = Set(other)
        return WordSet(words.filter { !removed.contains($0) })
    }

    private static func hash(_ word: String) -> Int {
        let (hash, isASCII) = word.utf8.withContiguousStorageIfAvailable(fnv1a) ?? fnv1a(Array(word.utf8))
        // Set<String> finds a word spelled in any canonically equivalent way ("é" as one scalar
        // or as "e" and an accent): those spellings must hash alike, so their composed form is
        // hashed, unless the word is its own composed form at sight, as news punctuation is.
        if isASCII || word.unicodeScalars.allSatisfy(Self.isComposedAlone) { return hash }
        return fnv1a(Array(word.precomposedStringWithCanonicalMapping.utf8)).hash
    }

    /// Whether a scalar is one of those a word made of alone is its own composed form: Latin
    /// letters before the combining accents (U+0300), and dashes, quotation marks and the ellipsis.
    private static func isComposedAlone(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x300 || (0x2010..<0x2028).contains(scalar.value)
    }

    /// FNV-1a of the bytes, and whether they are all ASCII.
    private static func fnv1a<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> (hash: Int, isASCII: Bool) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var high: UInt8 = 0
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
            high |= byte
        }
        return (Int(truncatingIfNeeded: hash ^ (hash >> 29)), high < 0x80)
    }
}
