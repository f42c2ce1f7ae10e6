/// Protocol 1's test of a gold direct quote, made on the Content's own text (its fragments
/// joined in the order annotated) rather than on the article's.
public enum QuotedContent {
    /// Whether `content` holds an opening mark (“, " or '') and at least half of its characters
    /// lie between marks. Two apostrophes count as one double quote; “ opens, ” closes and "
    /// toggles; the marks themselves are not counted inside.
    public static func isMostlyQuoted(_ content: [Unicode.Scalar]) -> Bool {
        var scalars: [Unicode.Scalar] = []
        var index = 0
        while index < content.count {
            if content[index] == "'", index + 1 < content.count, content[index + 1] == "'" {
                scalars.append("\"")
                index += 2
            } else {
                scalars.append(content[index])
                index += 1
            }
        }
        guard scalars.contains(where: { $0 == "“" || $0 == "\"" }) else { return false }
        var inside = false, quoted = 0
        for scalar in scalars {
            switch scalar {
            case "“": inside = true
            case "”": inside = false
            case "\"": inside.toggle()
            default: if inside { quoted += 1 }
            }
        }
        return quoted * 2 >= max(1, scalars.count)
    }
}
