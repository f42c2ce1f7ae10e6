import Foundation

/// What the first lines of a plain text article say about it.
enum PlainText {
    /// The author named by a "By …" line among the first lines ("By Priya Nandakumar").
    static func byline(in text: String) -> String? {
        for line in lines(of: text).prefix(6) {
            let trimmed = trimmingSpaces(line)
            guard trimmed.hasPrefix("By "), trimmed.utf8.count < 240, trimmed.count < 80 else { continue }
            let name = String(trimmingSpaces(trimmed.dropFirst(3)))
            let words = name.split(separator: " ")
            guard !words.isEmpty, words.count <= 8, words.allSatisfy({ $0.first?.isUppercase == true || $0 == "and" }) else { continue }
            return name
        }
        return nil
    }

    /// The first non-blank line, trimmed: the title of a plain text article. A line longer
    /// than `longestTitle` Unicode scalars (a paragraph, or a whole text written on one line)
    /// is cut at the last space before it, with "…": a title is read in a listing's cell, and
    /// a text of one 20 MB line is not kept twice.
    static func firstLine(of text: String) -> String? {
        for line in lines(of: text) {
            let trimmed = trimmingSpaces(line)
            if !trimmed.isEmpty { return title(trimmed) }
        }
        return nil
    }

    /// The most Unicode scalars a title keeps.
    static let longestTitle = 300

    /// `line` as a title: whole, or cut to `longestTitle` scalars at a space.
    private static func title(_ line: Substring) -> String {
        let scalars = line.unicodeScalars
        guard let limit = scalars.index(scalars.startIndex, offsetBy: longestTitle, limitedBy: scalars.endIndex),
              limit < scalars.endIndex else { return String(line) }
        let space = scalars[..<limit].lastIndex { $0.properties.isWhitespace }
        var end = space.flatMap { $0 > scalars.startIndex ? $0 : nil } ?? limit
        // Not inside a character: an accent, a flag's second half or a joined emoji stays
        // with what it belongs to, or goes with it.
        while end > line.startIndex, end.samePosition(in: line.base) == nil { end = scalars.index(before: end) }
        return String(line[..<end]) + "…"
    }

    /// `line` without the spaces and tabs (any Unicode space) at its ends.
    private static func trimmingSpaces(_ line: Substring) -> Substring {
        let isSpace = { (character: Character) in character.isWhitespace && !character.isNewline }
        guard let first = line.firstIndex(where: { !isSpace($0) }), let last = line.lastIndex(where: { !isSpace($0) }) else { return "" }
        return line[first...last]
    }

    /// The non-empty lines of `text`, found one at a time as they are read, so that looking at
    /// the first few costs nothing for the rest of the text.
    private static func lines(of text: String) -> some Sequence<Substring> {
        AnySequence { () -> AnyIterator<Substring> in
            var rest = text[...]
            return AnyIterator {
                rest = rest[(rest.unicodeScalars.firstIndex { !$0.isNewline } ?? rest.endIndex)...]
                guard !rest.isEmpty else { return nil }
                let end = rest.unicodeScalars.firstIndex(where: \.isNewline) ?? rest.endIndex
                defer { rest = rest[end...] }
                return rest[..<end]
            }
        }
    }
}
