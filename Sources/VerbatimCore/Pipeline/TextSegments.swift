/// Where a very long text is cut so that each piece is extracted on its own, with memory
/// bounded by the piece rather than the text (extraction keeps about 25 bytes per byte of the
/// text it works on). No news article comes near the limit; a text built to exhaust memory
/// (one 20 MB paragraph) does.
public enum TextSegments {
    /// The most code points extracted at once.
    public static let limit = 262_144

    /// The code-point ranges of `text`'s pieces, in order, covering it: cut after the last line
    /// break in the second half of the limit, else after the last sentence end (". ", "! ",
    /// "? "), else after the last space, else at the limit. A text within the limit is one piece.
    static func ranges(of text: String, limit: Int = limit) -> [Range<Int>] {
        // A text of no more bytes than the limit has no more code points either.
        if text.utf8.count <= limit { return text.isEmpty ? [] : [0..<text.unicodeScalars.count] }
        var ranges: [Range<Int>] = []
        var start = 0
        var lineBreak: Int?, sentenceEnd: Int?, space: Int?
        var previous: Unicode.Scalar = " "
        var offset = 0
        for scalar in text.unicodeScalars {
            offset += 1
            let inSecondHalf = offset - start > limit / 2
            if inSecondHalf {
                if scalar == "\n" { lineBreak = offset }
                if scalar == " " {
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
