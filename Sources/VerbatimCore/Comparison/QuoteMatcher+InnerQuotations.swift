extension QuoteMatcher {
    /// Whether all the words `node` and `reference` share lie inside a quotation that one of
    /// them quotes (Trump's tweet “Crooked Hillary Clinton and her team ‘were extremely
    /// careless …’ Not fit!” and a story quoting the FBI director's “extremely careless …”):
    /// the other quotes the inner words' own source, so neither cut nor added to the quote.
    func isQuoteOfQuote(_ node: Node, _ reference: Node) -> Bool {
        let ownInner = innerQuotations(of: node), theirInner = innerQuotations(of: reference)
        guard !ownInner.isEmpty || !theirInner.isEmpty else { return false }
        let shared = WordDiff.align(words(of: reference).keys, words(of: node).keys).filter { $0.operation == .equal }
        func inside(_ inner: [Range<Int>], _ runs: [Range<Int>], from start: Int) -> Bool {
            !inner.isEmpty && !runs.isEmpty && runs.allSatisfy { run in
                inner.contains { $0.contains(start + run.lowerBound) && $0.contains(start + run.upperBound - 1) }
            }
        }
        return inside(theirInner, shared.map(\.from), from: reference.words.lowerBound)
            || inside(ownInner, shared.map(\.to), from: node.words.lowerBound)
    }

    /// The words (indices into the article's words) of each quotation inside the quote `node`:
    /// from an opening mark after a space or punctuation to the next closing mark before one
    /// (an apostrophe inside a word closes nothing).
    func innerQuotations(of node: Node) -> [Range<Int>] {
        guard let index = node.quote else { return [] }
        let quote = quotes[node.article][index]
        let scalars = Array(quote.text.unicodeScalars)
        guard scalars.count > 2 else { return [] }
        var regions: [Range<Int>] = []
        var opening: Int?
        for offset in 1..<(scalars.count - 1) {
            let mark = scalars[offset].value
            if let start = opening {
                if Self.closingQuoteMarks.contains(mark), !scalars[offset + 1].isLetterOrDigit {
                    regions.append((quote.span.start + start)..<(quote.span.start + offset))
                    opening = nil
                }
            } else if Self.innerQuoteMarks.contains(mark), !scalars[offset - 1].isLetterOrDigit {
                opening = offset
            }
        }
        guard !regions.isEmpty else { return [] }
        // The regions and the words both run forward: one pass over each.
        let spans = texts[node.article].spans
        var inner: [Range<Int>] = []
        var word = node.words.lowerBound
        for region in regions {
            while word < node.words.upperBound, spans[word].start < region.lowerBound { word += 1 }
            let first = word
            while word < node.words.upperBound, region.contains(spans[word].start) { word += 1 }
            if word > first { inner.append(first..<word) }
        }
        return inner
    }

    /// Marks that close a quotation inside a quote: ” » ’ and the straight double quote.
    static let closingQuoteMarks: Set<UInt32> = [0x201D, 0xBB, 0x2019, 0x22]
}
