/// Text with parts to colour on a terminal. The colours are added when the text is written,
/// after the text itself has been made safe for the terminal, so only the shell's own escape
/// sequences ever reach it.
public struct StyledText: Hashable, Sendable {
    /// How a part is shown on a colour terminal.
    public enum Style: String, Hashable, Sendable {
        case bold = "1"
        case dim = "2"
        /// A quotation of speech in `show`.
        case quotation = "36"
        /// Words a diff removes: red and struck.
        case removed = "31;9"
        /// Words a diff adds: green.
        case added = "32"
    }

    /// One part of the text and its style, if any.
    public struct Run: Hashable, Sendable {
        public var text: String
        public var style: Style?
    }

    public private(set) var runs: [Run] = []

    /// Plain text, or nothing.
    public init(_ text: String = "") {
        if !text.isEmpty { runs.append(Run(text: text, style: nil)) }
    }

    /// Adds `text`, shown in `style` on a colour terminal.
    public mutating func append(_ text: String, style: Style? = nil) {
        guard !text.isEmpty else { return }
        runs.append(Run(text: text, style: style))
    }

    /// The text without its styles.
    public var plainText: String { runs.map(\.text).joined() }

    /// Whether the text ends with a line feed.
    var endsLine: Bool { runs.last?.text.unicodeScalars.last == "\n" }

    /// The text for a stream: each part passed through `shown`, then wrapped in its colour's
    /// escape sequence when `color` is on.
    func rendered(color: Bool, shown: (String) -> String) -> String {
        var output = ""
        for run in runs {
            let text = shown(run.text)
            if color, let style = run.style {
                output += "\u{1B}[" + style.rawValue + "m" + text + "\u{1B}[0m"
            } else {
                output += text
            }
        }
        return output
    }
}
