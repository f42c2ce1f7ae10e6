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
            let shown = Self.printable(sourceLine)
            text += "  " + shown + "\n" + "  " + Self.caretIndent(shown, column: column) + "^\n"
        }
        if let hint { text += "hint: " + hint + "\n" }
        return text
    }

    /// The spaces (and tabs, where the line has them) that put a caret under `column`.
    private static func caretIndent(_ line: String, column: Int) -> String {
        String(line.unicodeScalars.prefix(column - 1).map { $0 == "\t" ? "\t" : " " })
    }

    /// The line with control characters shown as `?`, so a script cannot move the cursor or
    /// recolour the terminal through an error report.
    private static func printable(_ line: String) -> String {
        var shown = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            let isControl = scalar.value < 0x20 && scalar != "\t" || (0x7F...0x9F).contains(scalar.value)
            shown.append(isControl ? "?" : scalar)
        }
        return String(shown)
    }
}
