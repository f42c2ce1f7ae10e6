/// An article's words as they are compared across sources: each word's span, its form with
/// case and apostrophes made alike, its spelling-folded key, the punctuation after it, and the
/// speech quote it lies in.
struct ComparedText {
    /// Where each word lies in the article's text.
    var spans: [TextSpan] = []
    /// Each word lowercased, with ’ written as ' and no abbreviation dot at its end.
    var forms: [String] = []
    /// A hash of each word's spelling-folded form: equal keys are the same word.
    var keys: [Int] = []
    /// The punctuation between each word and the next (quote marks left out).
    var punctuation: [String] = []
    /// The index of the speech quote each word lies in, or -1 for narration.
    var quoteIndex: [Int32] = []
    /// The words of each speech quote passed in.
    var quoteRanges: [Range<Int>] = []

    /// The words of `text`, marking those inside `quotes` (spans in text order). `keyOfForm`
    /// remembers each word form's key across texts, since few forms are new in each.
    init(_ text: ScalarText, quotes: [TextSpan], keyOfForm: inout [String: Int]) {
        var nextQuote = 0
        for token in Tokenizer.tokens(of: text, in: TextSpan(0, text.count)) {
            guard token.isWord else {
                if !forms.isEmpty, !Self.quoteMarks.contains(token.text.unicodeScalars.first!.value) {
                    punctuation[punctuation.count - 1] += token.text
                }
                continue
            }
            while nextQuote < quotes.count, quotes[nextQuote].end <= token.span.start {
                quoteRanges.append(rangeOfWords(startingAt: quotes[nextQuote].start))
                nextQuote += 1
            }
            let inQuote = nextQuote < quotes.count && quotes[nextQuote].start <= token.span.start
            let form = Self.form(of: token.lowered)
            spans.append(token.span)
            forms.append(form)
            if let key = keyOfForm[form] {
                keys.append(key)
            } else {
                let key = SpellingVariants.canonical(form).hashValue
                keyOfForm[form] = key
                keys.append(key)
            }
            punctuation.append("")
            quoteIndex.append(inQuote ? Int32(nextQuote) : -1)
        }
        while nextQuote < quotes.count {
            quoteRanges.append(rangeOfWords(startingAt: quotes[nextQuote].start))
            nextQuote += 1
        }
    }

    /// The words from the first one at or after `offset` to the end of the run in that quote.
    private func rangeOfWords(startingAt offset: Int) -> Range<Int> {
        var start = spans.count
        while start > 0, spans[start - 1].start >= offset { start -= 1 }
        return start..<spans.count
    }

    /// Quotation marks and apostrophes, which are not punctuation here: “ ” « » „ " ' ‘ ’.
    static let quoteMarks: Set<UInt32> = [0x201C, 0x201D, 0xAB, 0xBB, 0x201E, 0x22, 0x27, 0x2018, 0x2019]

    /// The words of `text`, marking those inside `quotes`.
    init(_ text: ScalarText, quotes: [TextSpan]) {
        var keyOfForm: [String: Int] = [:]
        self.init(text, quotes: quotes, keyOfForm: &keyOfForm)
    }

    /// `lowered` with ’ as ' and without an abbreviation's last dot ("D.C." and "D.C" alike).
    static func form(of lowered: String) -> String {
        let scalars = lowered.unicodeScalars
        guard scalars.contains("\u{2019}") || scalars.count > 1 && scalars.last == "." else { return lowered }
        var form = String.UnicodeScalarView()
        for scalar in scalars { form.append(scalar == "\u{2019}" ? "'" : scalar) }
        if form.count > 1, form.last == "." { form.removeLast() }
        return String(form)
    }
}
