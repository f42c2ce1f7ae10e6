/// Where a very long text is cut so that each piece is extracted on its own, with memory
/// bounded by the piece rather than the text (extraction keeps about 25 bytes per byte of the
/// text it works on). No news article comes near the limit; a text built to exhaust memory
/// (one 20 MB paragraph) does.
public enum TextSegments {
    /// The most code points extracted at once.
    public static let limit = 262_144

    /// The code-point ranges of `text`'s pieces, in order, covering it: cut after the last line
    /// break in the second half of the limit, else after the last sentence end (". ", "! ",
    /// "? ") outside quotation marks, else after the last such space, else at the limit. A text
    /// within the limit is one piece.
    static func ranges(of text: String, limit: Int = limit) -> [Range<Int>] {
        // A text of no more bytes than the limit has no more code points either.
        if text.utf8.count <= limit { return text.isEmpty ? [] : [0..<text.unicodeScalars.count] }
        var ranges: [Range<Int>] = []
        var start = 0
        var lineBreak: Int?, sentenceEnd: Int?, space: Int?
        var previous: Unicode.Scalar = " "
        var offset = 0
        // Inside quotation marks (“…” or "…"), no cut but at a line break: a quotation cut in
        // two would lose its words and its speaker.
        var inQuotation = false
        for scalar in text.unicodeScalars {
            offset += 1
            switch scalar {
            case "\u{201C}": inQuotation = true
            case "\u{201D}": inQuotation = false
            case "\"": inQuotation.toggle()
            case "\n": inQuotation = false
            default: break
            }
            let inSecondHalf = offset - start > limit / 2
            if inSecondHalf {
                if scalar == "\n" { lineBreak = offset }
                if scalar == " ", !inQuotation {
                    space = offset
                    if previous == "." || previous == "!" || previous == "?" { sentenceEnd = offset }
                }
            }
            previous = scalar
            if offset - start == limit {
                let end = lineBreak ?? sentenceEnd ?? space ?? offset
                ranges.append(start..<end)
                start = end
                // The next piece looks for its own cut points.
                lineBreak = nil
                sentenceEnd = nil
                space = nil
            }
        }
        ranges.append(start..<offset)
        return ranges.filter { !$0.isEmpty }
    }
}
