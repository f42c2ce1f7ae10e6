import VerbatimCore

/// The quote-marked stretches of an article by protocol 2 of `shared/docs/quote-evaluation.md`.
///
/// In each paragraph (a line), text from an opening mark (“, " or '') to the first closing mark
/// of its kind after it (”, ", ''), marks included, searched left to right; marks inside a
/// stretch open nothing. An opening mark at the very start of a paragraph that is never closed
/// there marks the whole paragraph; one never closed elsewhere marks nothing.
public enum QuoteMarkedStretches {
    /// The stretches of `text`.
    public static func offsets(in text: ScalarText) -> OffsetSet {
        var stretches: [TextSpan] = []
        var paragraphStart = 0
        for offset in 0...text.count where offset == text.count || text[offset] == "\n" {
            stretches += self.stretches(in: text, from: paragraphStart, to: offset)
            paragraphStart = offset + 1
        }
        return OffsetSet(stretches)
    }

    private static func stretches(in text: ScalarText, from start: Int, to end: Int) -> [TextSpan] {
        var stretches: [TextSpan] = []
        var offset = start
        while offset < end {
            guard let (opening, closing) = mark(in: text, at: offset, before: end) else {
                offset += 1
                continue
            }
            let afterOpening = offset + opening
            if let close = find(closing, in: text, from: afterOpening, before: end) {
                stretches.append(TextSpan(offset, close + closing.count))
                offset = close + closing.count
            } else {
                if offset == start { stretches.append(TextSpan(start, end)) }
                offset = afterOpening
            }
        }
        return stretches
    }

    /// The opening mark at `offset`, if one is there: its width and the closing mark it waits for.
    private static func mark(in text: ScalarText, at offset: Int, before end: Int) -> (Int, [Unicode.Scalar])? {
        switch text[offset] {
        case "“": (1, ["”"])
        case "\"": (1, ["\""])
        case "'" where offset + 1 < end && text[offset + 1] == "'": (2, ["'", "'"])
        default: nil
        }
    }

    /// Where `mark` first occurs from `start`, ending before `end`.
    private static func find(_ mark: [Unicode.Scalar], in text: ScalarText, from start: Int, before end: Int) -> Int? {
        guard start + mark.count <= end else { return nil }
        return (start...(end - mark.count)).first { candidate in mark.indices.allSatisfy { text[candidate + $0] == mark[$0] } }
    }
}
