import Foundation

/// What the first lines of a plain text article say about it.
enum PlainText {
    /// The author named by a "By …" line among the first lines ("By Priya Nandakumar").
    static func byline(in text: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline).prefix(6) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("By "), trimmed.count < 80 else { continue }
            let name = trimmed.dropFirst(3).trimmingCharacters(in: .whitespaces)
            let words = name.split(separator: " ")
            guard !words.isEmpty, words.count <= 8, words.allSatisfy({ $0.first?.isUppercase == true || $0 == "and" }) else { continue }
            return name
        }
        return nil
    }

    /// The first non-blank line, trimmed: the title of a plain text article.
    static func firstLine(of text: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { return trimmed }
        }
        return nil
    }
}
