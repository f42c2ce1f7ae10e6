/// Text made safe to show on a terminal: every character a terminal would act on instead of
/// showing is replaced by a visible stand-in, so an article cannot hide words (`ESC [8m`),
/// write the clipboard (OSC 52), clear the screen or reorder what is shown (bidi overrides).
///
/// - C0 controls become their Unicode control pictures (`ESC` is `␛`, `CR` is `␍`, `NUL` is
///   `␀`), DEL becomes `␡`; each takes one column, like the character it stands for.
/// - C1 controls (U+0080–U+009F) and Unicode's bidi controls (Bidi_Control: the marks U+061C,
///   U+200E, U+200F, embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069) become
///   `\u{202E}`-style escapes.
/// - Line feeds stay (they end lines), and so does a carriage return just before one (a CSV
///   line's end), and tabs unless `keepsTabs` is false (`␉`).
public enum TerminalSafeText {
    /// `text` as it can be shown on a terminal; `text` itself when nothing needs replacing.
    public static func escaping(_ text: String, keepsTabs: Bool = true) -> String {
        replacing(in: text, keepingLineEndCR: true) { scalar in
            switch scalar {
            case 0x0A: false
            case 0x09: !keepsTabs
            case 0x00..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
            default: false
            }
        }
    }

    /// `text` with its line breaks and tabs shown (`␊`, `␍`, `␉`, `␋`, `␌`, `\u{85}`,
    /// `\u{2028}`, `\u{2029}`), so that it stays on one line and in one column of a table;
    /// every other character is kept.
    public static func showingLineBreaks(_ text: String) -> String {
        replacing(in: text) { scalar in
            switch scalar {
            case 0x09...0x0D, 0x85, 0x2028, 0x2029: true
            default: false
            }
        }
    }

    /// `text` with the scalars `isReplaced` picks (by value) shown in their visible form
    /// (a carriage return before a line feed kept when `keepingLineEndCR`); `text` itself when
    /// it has none. Every scalar either picks is below U+0080, in
    /// U+0080–U+00BF (UTF-8 lead byte C2), U+0600–U+063F (lead byte D8) or U+2000–U+2FFF
    /// (lead byte E2), so the UTF-8 bytes are scanned and only those scalars decoded.
    private static func replacing(in text: String, keepingLineEndCR: Bool = false, where isReplaced: (UInt32) -> Bool) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var output: [UInt8] = []
            var copied = 0
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                let scalar: UInt32, length: Int
                if lead < 0x80 {
                    (scalar, length) = (UInt32(lead), 1)
                } else if lead == 0xC2 {
                    (scalar, length) = (0x80 | UInt32(bytes[index + 1] & 0x3F), 2)
                } else if lead == 0xD8 {
                    (scalar, length) = (0x600 | UInt32(bytes[index + 1] & 0x3F), 2)
                } else if lead == 0xE2 {
                    (scalar, length) = (0x2000 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
                } else {
                    index += 1
                    continue
                }
                let endsLine = keepingLineEndCR && scalar == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A
                if !endsLine, isReplaced(scalar) {
                    if output.isEmpty { output.reserveCapacity(bytes.count + 64) }
                    output.append(contentsOf: bytes[copied..<index])
                    output.append(contentsOf: visibleForm(of: scalar).utf8)
                    copied = index + length
                }
                index += length
            }
            guard copied > 0 else { return nil }
            output.append(contentsOf: bytes[copied...])
            return String(decoding: output, as: UTF8.self)
        } ?? text
    }

    /// The stand-in shown for a control character: its control picture below U+0020 and for
    /// DEL, a `\u{…}` escape for the others.
    static func visibleForm(of scalar: UInt32) -> String {
        switch scalar {
        case 0x00..<0x20: Unicode.Scalar(0x2400 + scalar).map(String.init) ?? "\u{FFFD}"
        case 0x7F: "\u{2421}"
        default: "\\u{" + String(scalar, radix: 16, uppercase: true) + "}"
        }
    }
}
