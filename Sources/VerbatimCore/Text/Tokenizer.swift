/// Splits a stretch of text into word and punctuation tokens in one pass.
public enum Tokenizer {
    /// The tokens of `span` in `text`.
    public static func tokens(of text: ScalarText, in span: TextSpan) -> [Token] {
        var tokens: [Token] = []
        var offset = span.start
        while offset < span.end {
            let scalar = text[offset]
            if scalar.isSpace {
                offset += 1
            } else if scalar.isLetterOrDigit {
                let end = wordEnd(in: text, from: offset, limit: span.end)
                let wordSpan = TextSpan(offset, end)
                tokens.append(Token(kind: .word, span: wordSpan, text: text.string(wordSpan), lowered: text.lowercased(wordSpan)))
                offset = end
            } else {
                let markSpan = TextSpan(offset, offset + 1)
                let mark = String(scalar)
                tokens.append(Token(kind: .punctuation, span: markSpan, text: mark, lowered: mark))
                offset += 1
            }
        }
        return tokens
    }

    /// Whether the dot at `offset` is an abbreviation's because the sentence goes on after it:
    /// a comma, bracket or semicolon follows ("(D-Wis.)", "Ashton, Md., said"), or a space
    /// and a lowercase word.
    static func dotContinuesSentence(in text: ScalarText, at offset: Int, limit: Int) -> Bool {
        guard offset + 1 < limit else { return false }
        let next = text[offset + 1]
        if next.value == 0x2C || next.value == 0x29 || next.value == 0x3B { return true }
        guard next.isSpace, offset + 2 < limit else { return false }
        let following = text[offset + 2]
        return following.isLetter && !following.isUppercaseLetter
    }

    /// The end of the word starting at `start`: letters and digits, joined by single
    /// apostrophes, hyphens or dots that have a letter or digit after them, plus the dot of an
    /// abbreviation such as "U.S." or "Sen." or of an initial ("Leonard E. Burman").
    static func wordEnd(in text: ScalarText, from start: Int, limit: Int) -> Int {
        var end = start
        var letters = 0
        var sawInnerDot = false
        while end < limit {
            let scalar = text[end]
            if scalar.isLetterOrDigit {
                letters += 1
                end += 1
            } else if end > start, scalar.isCombiningMark {
                // An accent written as its own scalar after its letter ("Jose\u{301}").
                end += 1
            } else if scalar.isApostrophe || scalar.value == 0x2D || scalar.value == 0x2E,
                      end + 1 < limit, text[end + 1].isLetterOrDigit {
                if scalar.value == 0x2E {
                    // A dot inside a word only joins single letters ("U.S") or digits ("3.5").
                    guard letters <= 1 || text[end - 1].isDigit else { break }
                    sawInnerDot = true
                    letters = 0
                }
                end += 1
            } else {
                break
            }
        }
        let isInitial = end - start == 1 && text[start].isUppercaseLetter
        if end < limit, text[end].value == 0x2E, sawInnerDot || isInitial || Abbreviations.isAbbreviation(text, start..<end)
            || dotContinuesSentence(in: text, at: end, limit: limit) {
            end += 1
        }
        return end
    }
}
