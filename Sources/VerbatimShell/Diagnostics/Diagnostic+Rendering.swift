extension Diagnostic {
    /// The report as the user reads it, ending with a newline:
    ///
    ///     FILE:LINE:COL: COMMAND: message
    ///       the offending line
    ///       ^
    ///     hint: did you mean load?
    ///
    /// At the prompt the location is `LINE:COL` of what was typed; without a line the file
    /// alone is named.
    public var rendered: String {
        var location: [String] = []
        if let file { location.append(file) }
        if let line {
            location.append(String(line))
            if let column { location.append(String(column)) }
        }
        var head = location.isEmpty ? "" : location.joined(separator: ":") + ": "
        if let command { head += command + ": " }
        var text = head + message + "\n"
        if let sourceLine, let column, column >= 1 {
            // The line is always shown safe (it is not data), with tabs kept so that the
            // caret, indented under what comes before the column as it is shown, lines up.
            let before = String(String.UnicodeScalarView(sourceLine.unicodeScalars.prefix(column - 1)))
            text += "  " + TerminalSafeText.escaping(sourceLine) + "\n" + "  " + Self.caretIndent(TerminalSafeText.escaping(before)) + "^\n"
        }
        if let hint { text += "hint: " + hint + "\n" }
        return text
    }

    /// Blanks as wide as `shown`: a tab for each tab, a space for every other character.
    private static func caretIndent(_ shown: String) -> String {
        String(shown.unicodeScalars.map { $0 == "\t" ? "\t" : " " })
    }
}
