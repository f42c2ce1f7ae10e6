/// How many columns text takes on a terminal: two for East Asian wide and fullwidth
/// characters and emoji shown as pictures, none for combining marks, joiners and other
/// zero-width characters, one for the rest. Measured by grapheme cluster, so "é" written as e
/// and a combining accent, or a family emoji joined from three, counts once.
public enum DisplayWidth {
    /// The columns `text` takes.
    public static func of(_ text: String) -> Int {
        // Most cells are ASCII: one column a byte, no clusters to find.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        // Most of the rest is Latin text with curly quotes and dashes: one column a scalar.
        if text.unicodeScalars.allSatisfy(isNarrowAlone) { return text.unicodeScalars.count }
        return text.reduce(0) { $0 + of($1) }
    }

    /// Whether `scalar` takes one column and joins no neighbour into a cluster: printable
    /// ASCII, Latin-1 and Latin Extended letters and signs (no soft hyphen), and the general
    /// punctuation of U+2010–U+2027 and U+2030–U+205E (dashes, quotation marks, ellipsis).
    private static func isNarrowAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F, 0xA0..<0xAD, 0xAE..<0x300, 0x2010...0x2027, 0x2030...0x205E: true
        default: false
        }
    }

    /// The columns one grapheme cluster takes.
    static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.properties.isEmojiPresentation || isWide(first.value) { return 2 }
        // A text-style symbol made a picture by the emoji variation selector ("❤️").
        if first.properties.isEmoji, scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return scalars.allSatisfy(isZeroWidth) ? 0 : 1
    }

    /// The longest start of `text` that takes at most `columns` columns.
    public static func prefix(_ text: String, fitting columns: Int) -> String {
        var taken = 0
        var end = text.startIndex
        for index in text.indices {
            let width = of(text[index])
            if taken + width > columns { break }
            taken += width
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    /// `text` cut to at most `columns` columns, ending with "…" when anything was cut.
    public static func cut(_ text: String, to columns: Int) -> String {
        guard of(text) > columns else { return text }
        return prefix(text, fitting: max(0, columns - 1)) + "…"
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: true
        default: scalar.value == 0x200B || (0x1160...0x11FF).contains(scalar.value)
        }
    }

    /// East Asian Wide and Fullwidth ranges (Unicode's EastAsianWidth.txt, W and F).
    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        return wideRanges.contains { $0.contains(value) }
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
