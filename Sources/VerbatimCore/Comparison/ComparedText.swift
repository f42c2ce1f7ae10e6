import Foundation

/// An article's words as they are compared across sources: each word's span, its form with
/// case and apostrophes made alike, its folded key, the punctuation after it, and whether it
/// lies in a speech quote or is capitalised inside a sentence; how much each word tells (rare
/// words much) is read from its form in `vocabulary`. Hyphenated words count as their parts
/// ("third-grade" as "third grade"). A word costs 21 bytes.
struct ComparedText {
    /// Where each word lies in the article's text.
    var spans: [WordSpan] = []
    /// Each word lowercased, with ’ written as ' and no abbreviation dot at its end, by its
    /// number in `TextNumbers.forms`.
    var forms: [Int32] = []
    /// Each word's folded form (British spelling as American, without diacritics), by its
    /// number in `TextNumbers.keys`: equal keys are the same word.
    var keys: [Int32] = []
    /// The punctuation between each word and the next (quote marks left out), by its number
    /// in `TextNumbers.punctuation`.
    var punctuation: [Int32] = []
    /// Whether each word lies in a speech quote, and whether it is capitalised inside a sentence.
    var marks: [WordMarks] = []
    /// What is known of the words' forms, shared by the texts compared together.
    let vocabulary: WordVocabulary
    /// How much each word's form tells, when `vocabulary` keeps no table (a text on its own).
    var wordInformation: [Float] = []
    /// The words of each speech quote passed in.
    var quoteRanges: [Range<Int>] = []
    /// The index of the first word of each paragraph (of each line) after the first.
    var paragraphStarts: [Int] = []

    /// The words of `text`, marking those inside `quotes` (spans in text order), their forms
    /// recorded in `vocabulary`.
    init(_ text: ScalarText, quotes: [TextSpan], vocabulary: WordVocabulary) {
        self.vocabulary = vocabulary
        var nextQuote = 0
        var opensSentence = true
        var previousEnd = 0
        var inBrackets = false
        // Written out while the words are read, numbered at the end.
        var forms: [String] = [], punctuation: [String] = [], information: [Float] = []
        for token in Self.joiningApostrophes(Tokenizer.tokens(of: text, in: TextSpan(0, text.count))) {
            if (previousEnd..<token.span.start).contains(where: { text[$0].value == 0x0A }) {
                inBrackets = false
                if !forms.isEmpty, paragraphStarts.last != forms.count { paragraphStarts.append(forms.count) }
            }
            previousEnd = token.span.end
            guard token.isWord else {
                let scalar = token.text.unicodeScalars.first!
                if scalar == "[" || scalar == "]" { inBrackets = scalar == "[" }
                if !forms.isEmpty, !Self.quoteMarks.contains(scalar.value) {
                    punctuation[punctuation.count - 1] += token.text
                }
                if scalar.isSentenceEnd || Self.quoteMarks.contains(scalar.value) || scalar.value == 0x3A { opensSentence = true }
                continue
            }
            // An editor's words in square brackets ("he [Trump] is") are not the quotation's.
            if inBrackets { continue }
            while nextQuote < quotes.count, quotes[nextQuote].end <= token.span.start {
                quoteRanges.append(rangeOfWords(startingAt: quotes[nextQuote].start))
                nextQuote += 1
            }
            let inQuote = nextQuote < quotes.count && quotes[nextQuote].start <= token.span.start
            let isName = token.isCapitalized && !opensSentence
            opensSentence = false
            for (part, span) in Self.parts(of: token) {
                let form = Self.form(of: part)
                let info = vocabulary.info(of: form)
                if span.start > token.span.start { punctuation[punctuation.count - 1] += "-" }
                spans.append(WordSpan(span))
                forms.append(form)
                keys.append(info.key)
                information.append(info.information)
                punctuation.append("")
                marks.append(WordMarks(inQuote: inQuote, isName: isName))
            }
        }
        while nextQuote < quotes.count {
            quoteRanges.append(rangeOfWords(startingAt: quotes[nextQuote].start))
            nextQuote += 1
        }
        // Kept for every article of a session while it is compared: without the room arrays
        // keep to grow into, which is up to half of each.
        spans = spans.compacted()
        self.forms = TextNumbers.forms.numbers(of: forms)
        vocabulary.record(information, of: self.forms)
        if !vocabulary.keepsTable { wordInformation = information }
        keys = keys.compacted()
        self.punctuation = TextNumbers.punctuation.numbers(of: punctuation)
        marks = marks.compacted()
    }

    /// The tokens with a word, a left single quote or backtick standing for an apostrophe and
    /// a word written together made one word ("Trump‘s" as "Trump's").
    private static func joiningApostrophes(_ tokens: [Token]) -> [Token] {
        guard let first = tokens.firstIndex(where: { $0.kind == .punctuation && misusedApostrophes.contains($0.text) }) else {
            return tokens
        }
        var joined = Array(tokens[..<max(0, first - 1)])
        joined.reserveCapacity(tokens.count)
        var index = max(0, first - 1)
        while index < tokens.count {
            var token = tokens[index]
            while token.isWord, index + 2 < tokens.count, misusedApostrophes.contains(tokens[index + 1].text),
                  tokens[index + 1].span.start == token.span.end, tokens[index + 2].isWord,
                  tokens[index + 2].span.start == tokens[index + 1].span.end {
                let next = tokens[index + 2]
                token = Token(kind: .word, span: TextSpan(token.span.start, next.span.end), text: token.text + "'" + next.text,
                              lowered: token.lowered + "'" + next.lowered)
                index += 2
            }
            joined.append(token)
            index += 1
        }
        return joined
    }

    /// Marks written for an apostrophe inside a word: ‘ and `.
    private static let misusedApostrophes: Set<String> = ["\u{2018}", "`"]

    /// A word's parts between its hyphens, each with its span ("third-grade": "third",
    /// "grade"); a word without one is its own part.
    private static func parts(of token: Token) -> [(String, TextSpan)] {
        guard token.text.utf8.contains(UInt8(ascii: "-")) else { return [(token.lowered, token.span)] }
        var parts: [(String, TextSpan)] = []
        var part = String.UnicodeScalarView()
        var start = token.span.start
        // Offsets are counted in the text as written: lowercasing may change a word's length.
        for (offset, scalar) in token.text.unicodeScalars.enumerated() {
            if scalar == "-" {
                if !part.isEmpty { parts.append((String(part).lowercased(), TextSpan(start, token.span.start + offset))) }
                part = String.UnicodeScalarView()
                start = token.span.start + offset + 1
            } else {
                part.append(scalar)
            }
        }
        if !part.isEmpty { parts.append((String(part).lowercased(), TextSpan(start, token.span.end))) }
        return parts
    }

    /// The key of a word form: equal keys are the same word.
    static func key(of form: String) -> Int32 { TextNumbers.keys.number(of: folded(form)) }

    /// A form's spelling-folded key text: American spelling, no diacritics ("calderón" as
    /// "calderon"), the possessive of a word ending in s without its 's ("ISIS's" as "ISIS'",
    /// whose apostrophe is not part of the word).
    static func folded(_ form: String) -> String {
        var canonical = SpellingVariants.canonical(form)
        if canonical.utf8.count > 3, canonical.utf8.suffix(3).elementsEqual("s's".utf8) { canonical.removeLast(2) }
        guard !canonical.utf8.allSatisfy({ $0 < 0x80 }) else { return canonical }
        return canonical.folding(options: .diacriticInsensitive, locale: nil)
    }

    /// The words of the paragraphs that hold the words `range`, and of the `earlier`
    /// paragraphs before them.
    func paragraphs(around range: Range<Int>, earlier: Int = 0) -> Range<Int> {
        let before = paragraphStarts.partitionIndex { $0 > range.lowerBound } - earlier
        let start = before <= 0 ? 0 : paragraphStarts[before - 1]
        let after = paragraphStarts.partitionIndex { $0 >= range.upperBound }
        return start..<(after < paragraphStarts.count ? paragraphStarts[after] : keys.count)
    }

    /// Calls `visit` with the position of each shingle (`QuoteMatcher.shingleLength` words)
    /// of narration: none of its words in a speech quote.
    func visitNarrationShingles(_ visit: (_ position: Int) -> Void) {
        guard keys.count >= QuoteMatcher.shingleLength else { return }
        for position in 0...(keys.count - QuoteMatcher.shingleLength)
        where !marks[position].contains(.inQuote) && !marks[position + 1].contains(.inQuote) && !marks[position + 2].contains(.inQuote) {
            visit(position)
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

    /// The words of `text`, marking those inside `quotes`, with a vocabulary of their own.
    init(_ text: ScalarText, quotes: [TextSpan]) {
        self.init(text, quotes: quotes, vocabulary: WordVocabulary(keepsTable: false))
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

/// A word's span in 8 bytes (texts are far shorter than 2^31 code points).
struct WordSpan: Hashable, Sendable {
    private let first: Int32
    private let last: Int32

    init(_ span: TextSpan) {
        first = Int32(span.start)
        last = Int32(span.end)
    }

    var start: Int { Int(first) }
    var end: Int { Int(last) }
}

/// Numbers for the texts every compared text holds for each word (its form, the punctuation
/// after it), the same for equal texts in every text of the process, so that a word costs 4
/// bytes for each, and equal numbers mean equal texts. The empty text is 0.
final class TextNumbers: @unchecked Sendable {
    /// Word forms.
    static let forms = TextNumbers()
    /// Runs of punctuation between words.
    static let punctuation = TextNumbers()
    /// Spelling-folded word forms (`ComparedText.folded`), the words' keys.
    static let keys = TextNumbers()

    private var numbers: [String: Int32] = ["": 0]
    private var texts: [String] = [""]
    private let lock = NSLock()

    /// The number of each text, in order, in storage of exactly their count.
    func numbers(of given: [String]) -> [Int32] {
        lock.lock()
        defer { lock.unlock() }
        return [Int32](unsafeUninitializedCapacity: given.count) { buffer, initialized in
            for (index, text) in given.enumerated() {
                if let known = numbers[text] {
                    buffer[index] = known
                } else {
                    let number = Int32(texts.count)
                    numbers[text] = number
                    texts.append(text)
                    buffer[index] = number
                }
            }
            initialized = given.count
        }
    }

    /// The number of `text`.
    func number(of text: String) -> Int32 { numbers(of: [text])[0] }

    /// The texts of `given` numbers.
    func texts<Numbers: Sequence<Int32>>(of given: Numbers) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        return given.map { texts[Int($0)] }
    }
}

extension Array {
    /// The same elements in storage of exactly their count.
    func compacted() -> [Element] {
        guard capacity > count else { return self }
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = buffer.initialize(fromContentsOf: self)
        }
    }
}
