/// The double quotation marks Verbatim recognises, and how each can act.
enum QuoteMark {
    /// “ ” « » „ " and the archive convention '' (two apostrophes).
    case leftCurly, rightCurly, leftGuillemet, rightGuillemet, lowNine, straight

    /// Whether the mark is a straight one (" or '').
    var isStraight: Bool { self == .straight }

    /// The mark at `offset` and how many scalars it takes, if there is one.
    static func at(_ offset: Int, in text: ScalarText, limit: Int) -> (mark: QuoteMark, length: Int)? {
        switch text[offset].value {
        case 0x201C: return (.leftCurly, 1)
        case 0x201D: return (.rightCurly, 1)
        case 0x00AB: return (.leftGuillemet, 1)
        case 0x00BB: return (.rightGuillemet, 1)
        case 0x201E: return (.lowNine, 1)
        case 0x22: return (.straight, 1)
        case 0x27 where offset + 1 < limit && text[offset + 1].value == 0x27: return (.straight, 2)
        default: return nil
        }
    }

    /// Whether the mark at `offset` (of `length` scalars) sits where a quote opens: after a
    /// space, bracket, dash or the paragraph start, and before a non-space.
    static func looksOpening(_ offset: Int, length: Int, in text: ScalarText, paragraph: TextSpan) -> Bool {
        let before = offset > paragraph.start ? text[offset - 1] : nil
        let after = offset + length < paragraph.end ? text[offset + length] : nil
        guard let after, !after.isSpace else { return false }
        guard let before else { return true }
        return before.isSpace || before.isOpeningBracket || before.isDash || before.value == 0x3A
    }

    /// Whether the mark sits where a quote closes: after a non-space, before a space,
    /// punctuation or the paragraph end.
    static func looksClosing(_ offset: Int, length: Int, in text: ScalarText, paragraph: TextSpan) -> Bool {
        guard offset > paragraph.start, !text[offset - 1].isSpace else { return false }
        guard offset + length < paragraph.end else { return true }
        return !text[offset + length].isLetterOrDigit
    }
}
