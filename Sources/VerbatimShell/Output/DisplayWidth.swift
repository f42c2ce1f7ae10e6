/// How many columns text takes on a terminal: two for East Asian wide and fullwidth
/// characters and emoji shown as pictures, none for combining marks, joiners and other
/// zero-width characters, one for the rest. Measured by grapheme cluster, so "é" written as e
/// and a combining accent, or a family emoji joined from three, counts once.
public enum DisplayWidth {
    /// The columns `text` takes.
    public static func of(_ text: String) -> Int {
        if let width = narrowWidth(of: text) { return width }
        return text.reduce(0) { $0 + of($1) }
    }

    /// The columns `text` takes when each of its scalars takes one column and joins no
    /// neighbour into a cluster (most text), else nil: printable ASCII, Latin-1 and Latin
    /// Extended letters and signs (no soft hyphen), and the general punctuation of
    /// U+2010–U+2027 and U+2030–U+205E (dashes, quotation marks, ellipsis). None of these is
    /// a control or line break, so such text is also shown as it is. Read as UTF-8 bytes.
    static func narrowWidth(of text: String) -> Int? {
        var text = text
        return text.withUTF8 { utf8 -> Int? in
            var width = 0
            var index = 0
            while index < utf8.count {
                // Eight bytes at a time while they are printable ASCII.
                if index + 8 <= utf8.count,
                   isPrintableASCII(UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    width += 8
                    continue
                }
                let lead = utf8[index]
                if lead < 0x80 {
                    guard lead >= 0x20 && lead < 0x7F else { return nil }
                    index += 1
                } else if lead < 0xE0 {
                    // Two bytes: U+0080–U+07FF.
                    let scalar = UInt32(lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
                    guard (0xA0..<0xAD).contains(scalar) || (0xAE..<0x300).contains(scalar) else { return nil }
                    index += 2
                } else if lead == 0xE2 {
                    // Three bytes from U+2000.
                    let scalar = 0x2000 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                    guard (0x2010...0x2027).contains(scalar) || (0x2030...0x205E).contains(scalar) else { return nil }
                    index += 3
                } else {
                    return nil
                }
                width += 1
            }
            return width
        }
    }

    /// Whether each of the eight bytes of `word` is printable ASCII (U+0020–U+007E): none has
    /// its high bit, none is below 0x20 and none is 0x7F (the classic bit tests for a byte
    /// below a bound and for a zero byte, exact when no byte has its high bit).
    private static func isPrintableASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080
        guard word & highBits == 0 else { return false }
        let hasControl = (word &- ones &* 0x20) & ~word & highBits != 0
        let delete = word ^ (ones &* 0x7F)
        let hasDelete = (delete &- ones) & ~delete & highBits != 0
        return !hasControl && !hasDelete
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
