/// Prose wrapped at spaces to a width, for help pages: a line that is too long continues on
/// lines indented as far as its text starts ("  --rounds N  Time each case…" under "Time",
/// "usage: load PATH…" under "load"); a word longer than the width stays whole.
public enum TextWrapping {
    /// `text` with each line longer than `width` columns wrapped.
    public static func wrapped(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { wrap(Substring($0), width: width) }.joined(separator: "\n")
    }

    /// `text` with lines broken inside a sentence joined, so that prose written with line
    /// breaks at some width wraps afresh at another. A line that ends a sentence (`.`, `:`,
    /// `!`, `?`, perhaps before a `)`) ends its paragraph, as does a blank line; a line that
    /// starts with a space or a list bullet ("- ", "* ", "• ") starts a new line, and an
    /// indented line is not continued.
    public static func reflowed(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let startsAfresh = line.isEmpty || line.first == " " || line.first == "\t"
                || ["- ", "* ", "• "].contains { line.hasPrefix($0) }
            if !startsAfresh, let previous = lines.last, !previous.isEmpty, previous.first != " ",
               !endsSentence(previous) {
                lines[lines.count - 1] = previous + " " + line.drop { $0 == " " }
            } else {
                lines.append(String(line))
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func endsSentence(_ line: String) -> Bool {
        guard let last = line.last(where: { $0 != ")" && $0 != " " }) else { return false }
        return ".:!?".contains(last)
    }

    /// One line as the lines it wraps into.
    static func wrap(_ line: Substring, width: Int) -> [String] {
        guard DisplayWidth.of(String(line)) > width else { return [String(line)] }
        let indent = String(repeating: " ", count: min(hangingIndent(of: line), width / 2))
        var lines: [String] = []
        var rest = line
        var prefix = ""
        while !rest.isEmpty {
            let room = max(1, width - prefix.count)
            guard DisplayWidth.of(String(rest)) > room else {
                lines.append(prefix + rest)
                break
            }
            let fitting = DisplayWidth.prefix(String(rest), fitting: room)
            let limit = rest.index(rest.startIndex, offsetBy: fitting.count)
            let text = rest.drop { $0 == " " }
            // The last space that ends a word within the room, else the first after it.
            var end = limit < rest.endIndex && rest[limit] == " " ? limit
                : rest[..<limit].lastIndex(of: " ").flatMap { $0 > text.startIndex ? $0 : nil }
            end = end ?? rest[limit...].firstIndex(of: " ")
            guard let end else {
                lines.append(prefix + rest)
                break
            }
            var shown = rest[..<end]
            while shown.last == " " { shown = shown.dropLast() }
            lines.append(prefix + shown)
            rest = rest[end...].drop { $0 == " " }
            prefix = indent
        }
        return lines
    }

    /// Where a line's text starts: after "usage: ", after the two spaces that end an option's
    /// or a command's name in a list, or after the line's own indentation.
    static func hangingIndent(of line: Substring) -> Int {
        if line.hasPrefix("usage: ") { return "usage: ".count }
        let characters = Array(line.prefix(48))
        let leading = characters.prefix { $0 == " " }.count
        var index = leading
        while index + 1 < characters.count {
            if characters[index] == " ", characters[index + 1] == " " {
                var end = index
                while end < characters.count, characters[end] == " " { end += 1 }
                return end < characters.count ? end : leading
            }
            index += 1
        }
        return leading
    }
}
