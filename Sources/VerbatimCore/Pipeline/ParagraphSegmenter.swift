/// Splits the text into paragraphs (each non-blank line) and tokenizes each one.
public struct ParagraphSegmenter: ExtractionStage {
    public var name: String { "paragraphs" }

    public init() {}

    public func process(_ document: inout Document) {
        let text = document.text
        var lineStart = 0
        for offset in 0...text.count where offset == text.count || text[offset].isLineBreak {
            let line = text.trimmed(TextSpan(lineStart, offset))
            if !line.isEmpty {
                document.paragraphs.append(line)
                document.paragraphTokens.append(Tokenizer.tokens(of: text, in: line))
            }
            lineStart = offset + 1
        }
    }
}
