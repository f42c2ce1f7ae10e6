import VerbatimCore

/// The surname by which protocol 2 credits an attribution: "Donald Trump" for a gold "Trump".
public enum Surname {
    /// The last word of the first comma-separated part of `name`, once parentheses, generational
    /// suffixes and a possessive 's are taken off, lowercased ("Rep. Jim Clyburn (D-S.C.), the
    /// assistant leader" gives "clyburn"); nil when that word is not capitalised, as for a pronoun
    /// or a description ("the former secretary of state").
    public static func of(_ name: String) -> String? {
        let head = name.replacing(/\(.*?\)/, with: "").split(separator: ",", omittingEmptySubsequences: false).first ?? ""
        let words = head.matches(of: /[\w'’.-]+/).map { String($0.output) }.filter { !SpeakerDirectory.suffixes.contains($0.lowercased()) }
        guard let last = words.last, last.first?.isUppercase == true else { return nil }
        var surname = last.trimmingDots().replacing("’", with: "'").lowercased()
        if surname.hasSuffix("'s") { surname.removeLast(2) }
        return surname
    }
}

private extension String {
    /// The string without the dots at either end.
    func trimmingDots() -> String {
        String(drop { $0 == "." }.reversed().drop { $0 == "." }.reversed())
    }
}
