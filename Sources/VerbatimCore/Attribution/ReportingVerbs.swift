/// Verbs that report speech, in all their inflections ("say", "says", "said", "saying").
public enum ReportingVerbs {
    /// Regular verbs by their base form; inflections are made from them.
    static let regular = [
        "accuse", "acknowledge", "add", "admit", "advise", "agree", "allege", "announce", "answer",
        "argue", "ask", "assert", "assure", "blast", "boast", "caution", "charge", "chide", "claim",
        "comment", "complain", "concede", "conclude", "confirm", "contend", "continue", "counter",
        "cry", "declare", "decry", "demand", "deny", "describe", "dismiss", "echo", "emphasize",
        "emphasise", "estimate", "exclaim", "explain", "insist", "joke", "lament", "mention", "mock",
        "muse", "note", "object", "observe", "offer", "opine", "plead", "pledge", "post", "predict",
        "proclaim", "promise", "protest", "question", "quip", "rage", "recall", "reckon", "recount",
        "reiterate", "remark", "reply", "report", "respond", "retort", "reveal", "scoff", "scream",
        "shout", "snap", "state", "stress", "suggest", "tell", "testify", "tweet", "urge",
        "vow", "wonder", "warn", "write", "yell", "maintain", "repeat", "summarize", "summarise",
        "call", "chant", "label", "dub", "brand", "characterize", "characterise", "cite", "email",
        "text", "message", "sing", "read", "quote", "refer", "tout", "praise", "lambaste", "slam",
        "criticize", "criticise", "denounce", "condemn", "bark", "surmise", "growl", "hiss", "gush",
        "rail", "fume", "mutter", "murmur", "implore", "beg", "assail", "scold", "admonish",
        "thank", "talk", "react", "recommend", "propose", "beam", "exhort",
        "acknowledge", "thunder", "sigh", "whisper", "muse", "relate", "interject", "elaborate",
        "deride", "liken", "hail", "nickname", "coin", "compare", "blame",
    ]

    /// Irregular forms, and forms the simple rules below would get wrong.
    static let irregular = [
        "say", "says", "said", "saying", "told", "telling", "tells", "wrote", "written", "writes",
        "writing", "spoke", "speaks", "speaking", "cried", "cries", "replied", "replies", "denied",
        "denies", "testified", "testifies", "snapped", "snapping", "pleaded", "pled", "argued",
        "quipped", "quipping", "decried", "decries", "retorted", "echoed", "echoes",
        "sang", "sung", "sings", "singing", "reads", "reading", "texted", "emailed", "labelled",
        "put", "puts", "admitted", "admitting", "referred", "referring", "dubbed", "dubbing", "slammed",
        "slamming", "begged", "begging",
    ]

    /// Every form of every reporting verb.
    public static let forms: WordSet = {
        var forms = Set(irregular)
        for verb in regular {
            forms.insert(verb)
            forms.insert(verb.hasSuffix("s") || verb.hasSuffix("sh") || verb.hasSuffix("o") ? verb + "es" : verb + "s")
            if verb.hasSuffix("e") {
                forms.insert(verb + "d")
                forms.insert(String(verb.dropLast()) + "ing")
            } else {
                forms.insert(verb + "ed")
                forms.insert(verb + "ing")
            }
        }
        forms.remove("put")
        forms.remove("puts")
        return WordSet(forms.sorted())
    }()

    /// Forms that are also nouns ("the chant", "her comment"): verbs only where no determiner
    /// or possessive comes just before them.
    public static let nounForms: WordSet = [
        "call", "calls", "chant", "chants", "post", "posts", "text", "texts", "message", "messages",
        "email", "emails", "quote", "quotes", "comment", "comments", "report", "reports", "tweet",
        "tweets", "promise", "promises", "claim", "claims", "charge", "charges", "reply", "replies",
        "answer", "answers", "question", "questions", "note", "notes", "vow", "vows", "pledge",
        "pledges", "remark", "remarks", "cry", "cries", "boast", "boasts", "joke", "jokes", "quip",
        "quips", "protest", "protests", "offer", "offers", "estimate", "estimates", "echo", "echoes",
        "state", "states", "object", "objects", "warning", "warnings", "statement", "statements",
        "response", "responses", "words", "remarks", "comments",
    ]

    /// Verbs whose subject may follow them in a reporting clause ("said Blinken", "added Reyes").
    public static let invertible: WordSet = [
        "said", "says", "say", "added", "adds", "asked", "asks", "wrote", "writes", "continued",
        "continues", "replied", "replies", "explained", "explains", "noted", "notes", "insisted",
        "insists", "declared", "declares", "tweeted", "tweets", "quipped", "recalled", "responded",
        "warned", "warns", "joked", "recounted", "argued", "argues", "exclaimed", "answered",
        "concluded", "countered", "observed", "offered", "remarked", "retorted", "told", "read",
        "reads",
    ]

    /// Verbs that report with a particle after them: "points out", "went on".
    public static let phrasal: [String: String] = [
        "point": "out", "points": "out", "pointed": "out", "pointing": "out",
        "go": "on", "goes": "on", "went": "on", "going": "on",
    ]

    /// The verbs of `phrasal`, for a quick test before its look-up.
    static let phrasalVerbs = WordSet(phrasal.keys.sorted())

    /// Verbs that report only when nothing but punctuation follows them ("Caddell continued:").
    public static let leadingOnly: WordSet = ["continue", "continues", "continued", "continuing"]

    /// Whether a cue is a reporting verb (rather than a noun such as "comment" or "according to").
    public static func isVerbForm(_ cue: String) -> Bool {
        let first = String(cue.lowercased().split(separator: " ").first ?? "")
        return forms.contains(first) || phrasalVerbs.contains(first)
    }

    /// Whether `word` (lowercased) is a reporting verb.
    public static func contains(_ word: String) -> Bool { forms.contains(word) }
}
