/// Folds British and American spellings of a word to one form, so that "recognise" and
/// "recognize", "colour" and "color", "centre" and "center" compare as the same word.
///
/// The folding is by word ending and applies to both sides of a comparison alike, so a word
/// folded that has no other spelling ("disguise" → "disguize") still matches itself.
public enum SpellingVariants {
    /// The folded form of a lowercase word.
    public static func canonical(_ word: String) -> String {
        if let whole = wholeWords[word] { return whole }
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 5 else { return word }
        for (british, american) in endings where endsWith(scalars, british) {
            let stem = scalars.count - british.count
            // Short stems are other words: "four", "rise", "tour".
            guard stem >= 3, !(british.first == "o" && shortOur.contains(word)) else { continue }
            var folded = String.UnicodeScalarView(scalars[..<stem])
            folded.append(contentsOf: american.unicodeScalars)
            return String(folded)
        }
        return word
    }

    private static func endsWith(_ scalars: [Unicode.Scalar], _ suffix: [Unicode.Scalar]) -> Bool {
        scalars.count > suffix.count && Array(scalars.suffix(suffix.count)) == suffix
    }

    /// British endings and their American forms, longest first.
    private static let endings: [([Unicode.Scalar], String)] = [
        ("isation", "ization"), ("isations", "izations"), ("ising", "izing"), ("ised", "ized"),
        ("ises", "izes"), ("ise", "ize"), ("yse", "yze"), ("ysed", "yzed"), ("ysing", "yzing"),
        ("ours", "ors"), ("our", "or"), ("oured", "ored"), ("ouring", "oring"), ("ourite", "orite"),
        ("ourable", "orable"), ("tre", "ter"), ("tres", "ters"), ("ogue", "og"), ("ogues", "ogs"),
        ("elled", "eled"), ("elling", "eling"), ("eller", "eler"),
    ].map { (Array($0.0.unicodeScalars), $0.1) }
    .sorted { $0.0.count > $1.0.count }

    /// Words ending in "our" that have no other spelling.
    private static let shortOur: Set<String> = ["flour", "devour", "detour", "contour", "troubadour", "velour", "paramour"]

    /// Spellings no ending rule covers.
    private static let wholeWords: [String: String] = [
        "programme": "program", "programmes": "programs", "judgement": "judgment", "grey": "gray",
        "aluminium": "aluminum", "tyre": "tire", "tyres": "tires", "cheque": "check", "plough": "plow",
        "mould": "mold", "sceptic": "skeptic", "sceptical": "skeptical", "manoeuvre": "maneuver",
        "kerb": "curb", "storey": "story", "pyjamas": "pajamas", "ageing": "aging", "whilst": "while",
        "amongst": "among", "learnt": "learned", "spelt": "spelled", "enrol": "enroll", "fulfil": "fulfill",
        "defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
    ]
}
