/// Text made safe to show on a terminal: every character a terminal would act on instead of
/// showing is replaced by a visible stand-in, so an article cannot hide words (`ESC [8m`),
/// write the clipboard (OSC 52), clear the screen or reorder what is shown (bidi overrides).
///
/// - C0 controls become their Unicode control pictures (`ESC` is `␛`, `CR` is `␍`, `NUL` is
///   `␀`), DEL becomes `␡`; each takes one column, like the character it stands for.
/// - C1 controls (U+0080–U+009F) and the bidi embeddings, overrides and isolates
///   (U+202A–U+202E, U+2066–U+2069) become `\u{202E}`-style escapes.
/// - Line feeds stay (they end lines), and so do tabs unless `keepsTabs` is false (`␉`).
public enum TerminalSafeText {
    /// `text` as it can be shown on a terminal; `text` itself when nothing needs replacing.
    public static func escaping(_ text: String, keepsTabs: Bool = true) -> String {
        replacing(in: text) { scalar in
            switch scalar.value {
            case 0x0A: false
            case 0x09: !keepsTabs
            case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
            default: false
            }
        }
    }

    /// `text` with its line breaks and tabs shown (`␊`, `␍`, `␉`, `␋`, `␌`, `\u{85}`,
    /// `\u{2028}`, `\u{2029}`), so that it stays on one line and in one column of a table;
    /// every other character is kept.
    public static func showingLineBreaks(_ text: String) -> String {
        replacing(in: text) { scalar in
            switch scalar.value {
            case 0x09...0x0D, 0x85, 0x2028, 0x2029: true
            default: false
            }
        }
    }

    /// `text` with the scalars `isReplaced` picks shown in their visible form; `text` itself
    /// when it has none.
    private static func replacing(in text: String, where isReplaced: (Unicode.Scalar) -> Bool) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: isReplaced) else { return text }
        var shown = String.UnicodeScalarView(scalars[..<first])
        for scalar in scalars[first...] {
            if isReplaced(scalar) {
                shown.append(contentsOf: visibleForm(of: scalar).unicodeScalars)
            } else {
                shown.append(scalar)
            }
        }
        return String(shown)
    }

    /// The stand-in shown for a control character: its control picture below U+0020 and for
    /// DEL, a `\u{…}` escape for the others.
    static func visibleForm(of scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00..<0x20: Unicode.Scalar(0x2400 + scalar.value).map(String.init) ?? "\u{FFFD}"
        case 0x7F: "\u{2421}"
        default: "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
}
