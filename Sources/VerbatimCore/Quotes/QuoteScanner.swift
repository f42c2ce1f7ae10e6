/// Finds the quoted stretches of each paragraph in one pass over its scalars.
///
/// Marks are paired by where they sit rather than by counting, so one mistyped or missing mark
/// spoils at most its own quote: a quote still open at the paragraph's end closes there, and
/// an opening mark met inside an open quote starts a new quote. Single quotes and apostrophes
/// inside a double quote are part of its words (nested quotes). A paragraph that starts with an
/// opening mark while the previous paragraph's quote was left open carries that quote on, as in
/// the newspaper convention for quotes of several paragraphs.
public struct QuoteScanner: ExtractionStage {
    public var name: String { "quotes" }

    public init() {}

    public func process(_ document: inout Document) {
        var previousLeftOpen = false
        for (index, paragraph) in document.paragraphs.enumerated() {
            let (quotes, leftOpen) = scan(document.text, paragraph: paragraph, index: index,
                                          previousLeftOpen: previousLeftOpen)
            document.quotes.append(contentsOf: quotes)
            previousLeftOpen = leftOpen
        }
    }

    private struct OpenQuote {
        var start: Int
        var markLength: Int
        var lowNine: Bool
        /// Whether it opened with a straight mark (" or '').
        var isStraight: Bool
        /// Whether a quote in the other style is open inside it.
        var nestedOtherStyle = false
    }

    func scan(_ text: ScalarText, paragraph: TextSpan, index: Int, previousLeftOpen: Bool)
        -> (quotes: [QuoteCandidate], leftOpen: Bool)
    {
        var quotes: [QuoteCandidate] = []
        var open: OpenQuote?

        func finish(_ quote: OpenQuote, contentEnd: Int, spanEnd: Int, closed: Bool) {
            let content = text.trimmed(TextSpan(quote.start + quote.markLength, max(contentEnd, quote.start + quote.markLength)))
            guard content.length > 0 else { return }
            let span = closed ? TextSpan(quote.start, spanEnd) : TextSpan(quote.start, content.end)
            quotes.append(QuoteCandidate(
                span: span, content: content, paragraph: index, isClosed: closed,
                continuesPrevious: previousLeftOpen && quote.start == paragraph.start))
        }

        var offset = paragraph.start
        while offset < paragraph.end {
            guard let (mark, length) = QuoteMark.at(offset, in: text, limit: paragraph.end) else {
                offset += 1
                continue
            }
            // name="value": markup left in the text, not a quote.
            if open == nil, mark == .straight, offset > paragraph.start, text[offset - 1].value == 0x3D {
                offset += length
                while offset < paragraph.end, text[offset].value != 0x22 { offset += 1 }
                offset += 1
                continue
            }
            let opening = QuoteMark.looksOpening(offset, length: length, in: text, paragraph: paragraph)
            let closing = QuoteMark.looksClosing(offset, length: length, in: text, paragraph: paragraph)
            if var current = open {
                // Marks of the other style inside a quote are a quote within the quote:
                // "… its “Bathroom Bill,” which …" or “… the “sham” …".
                let otherStyle = mark.isStraight != current.isStraight
                if current.nestedOtherStyle {
                    if otherStyle {
                        if mark == .straight ? closing : mark == .rightCurly || closing && !opening {
                            current.nestedOtherStyle = false
                        }
                        open = current
                        offset += length
                        continue
                    }
                    // A mark of the quote's own style: the inner quote lost its closing mark.
                    current.nestedOtherStyle = false
                }
                if otherStyle, mark == .straight || mark == .leftCurly, opening, !closing {
                    current.nestedOtherStyle = true
                    open = current
                    offset += length
                    continue
                }
                let closes: Bool
                switch mark {
                case .rightCurly, .rightGuillemet: closes = true
                case .leftCurly: closes = current.lowNine || closing || !opening
                case .straight: closes = closing || !opening
                case .leftGuillemet, .lowNine: closes = false
                }
                if closes {
                    finish(current, contentEnd: offset, spanEnd: offset + length, closed: true)
                    open = nil
                } else {
                    // An opening mark inside an open quote: the open one lost its closing mark.
                    finish(current, contentEnd: offset, spanEnd: offset, closed: false)
                    open = OpenQuote(start: offset, markLength: length, lowNine: mark == .lowNine, isStraight: mark.isStraight)
                }
            } else {
                let opens: Bool
                switch mark {
                case .leftCurly, .leftGuillemet, .lowNine: opens = true
                case .straight: opens = opening || !closing
                case .rightCurly, .rightGuillemet: opens = opening && !closing
                }
                if opens { open = OpenQuote(start: offset, markLength: length, lowNine: mark == .lowNine, isStraight: mark.isStraight) }
            }
            offset += length
        }
        if let current = open {
            finish(current, contentEnd: paragraph.end, spanEnd: paragraph.end, closed: false)
        }
        return (quotes, open != nil)
    }
}
