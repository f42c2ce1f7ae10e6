/// Checks of help pages that the shell's and the lab's tests share.
public enum HelpPages {
    /// The lines of `page` (wrapped at `width`) that end although the next line's first word
    /// would have fitted: prose broken where its source was, not wrapped afresh. Lines that
    /// end a sentence, indented and blank lines, and lines before them, are left out
    /// (paragraphs, lists, examples, options).
    public static func linesEndingEarly(in page: String, width: Int = 80) -> [String] {
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false)
        return zip(lines, lines.dropFirst()).compactMap { line, next in
            guard let first = line.first, first != " ", let word = next.split(separator: " ").first, next.first != " ",
                  !next.hasPrefix("- "), !next.hasPrefix("* "), !next.hasPrefix("• ") else { return nil }
            let endsSentence = line.last(where: { $0 != ")" }).map { ".:!?".contains($0) } ?? false
            return !endsSentence && line.count + 1 + word.count <= width ? String(line) : nil
        }
    }
}
