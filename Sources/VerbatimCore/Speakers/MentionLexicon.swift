/// Word lists for finding and naming speaker mentions.
enum MentionLexicon {
    /// Pronouns that can stand for a speaker.
    static let pronouns: WordSet = ["he", "she", "they", "we", "i", "it"]

    /// Words of titles and roles that come before a name ("Secretary of State", "Sen.").
    static let titles: WordSet = [
        "president", "vice", "secretary", "state", "senator", "sen", "sen.", "representative",
        "rep", "rep.", "governor", "gov", "gov.", "mayor", "minister", "prime", "foreign",
        "defense", "defence", "chief", "justice", "judge", "general", "gen", "gen.", "attorney",
        "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "speaker", "leader", "majority",
        "minority", "house", "senate", "democratic", "republican", "democrat", "candidate",
        "nominee", "presidential", "former", "chairman", "chairwoman", "chair", "ambassador",
        "spokesman", "spokeswoman", "spokesperson", "director", "commissioner", "councilman",
        "councilwoman", "congressman", "congresswoman", "sheriff", "lt.", "col.", "sgt.", "capt.",
        "prof.", "professor", "rev.", "reverend", "pope", "king", "queen", "prince", "princess",
        "first", "lady", "treasury", "homeland", "security", "interior", "energy", "commerce",
        "labor", "education", "health", "agriculture", "transportation", "national", "campaign",
        "manager", "press", "white", "deputy", "assistant", "acting", "u.s.", "us", "u.n.",
        "un", "ceo", "executive", "officer", "adviser", "advisor", "pastor", "bishop", "the",
        "of", "for",
    ]

    /// Courtesy titles, which are not roles.
    static let honorifics: WordSet = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss", "sir", "dame", "the"]

    /// Prepositions that open a phrase between a speaker and the verb ("a narrator in the ad asks").
    static let prepositions: WordSet = ["in", "for", "at", "of", "with", "from", "on", "to", "inside", "behind"]

    /// Lowercase words that may join the capitalized words of one name.
    static let connectors: WordSet = ["of", "for", "the", "de", "van", "von", "bin", "al", "da", "del", "la", "le"]

    /// Words that mark a name as an organisation's.
    static let organizationWords: WordSet = [
        "department", "ministry", "office", "committee", "campaign", "party", "agency",
        "council", "court", "police", "commission", "government", "administration", "house",
        "kremlin", "pentagon", "embassy", "university", "institute", "foundation", "association",
        "union", "bureau", "service", "network", "inc", "inc.", "corp", "corp.", "company", "group",
        "times", "post", "news", "journal", "press", "reuters", "congress", "senate", "fbi", "cia",
        "nato", "un", "eu", "board", "center", "centre", "team", "staff", "club", "organization",
        "organisation", "federation", "alliance", "coalition", "movement", "bank", "fund",
    ]

    /// Determiners that open a described speaker ("a spokesman", "the official").
    static let determiners: WordSet = ["a", "an", "the", "his", "her", "their", "its", "one", "another", "two", "three", "several", "some", "many"]

    /// Words that may stand between a speaker and the reporting verb ("Blinken also said").
    static let adverbsAndAuxiliaries: WordSet = [
        "also", "then", "later", "again", "once", "has", "have", "had", "would", "will", "did",
        "does", "do", "was", "is", "were", "are", "previously", "repeatedly", "recently", "just",
        "already", "further", "earlier", "often", "never", "reportedly", "quickly", "publicly",
        "privately", "angrily", "flatly", "simply", "bluntly", "frequently", "has", "could",
        "might", "may", "should", "can", "not", "been", "being", "subsequently", "initially",
        "emphatically", "famously", "still", "even", "only", "first", "last", "separately",
    ]

    /// Words of time that may stand between a speaker and the verb ("Priebus later Thursday told").
    static let timeWords: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday", "tonight", "later", "earlier", "on", "last", "this", "week", "month", "year",
        "morning", "afternoon", "evening", "night", "now", "then", "again", "also",
    ]

    /// Possessive determiners: "her comment", "their statement".
    static let possessives: WordSet = ["his", "her", "their", "its", "our", "my", "your"]

    /// Auxiliaries before a participle that make it the main verb ("was saying").
    static let progressiveAuxiliaries: WordSet = ["is", "was", "were", "are", "been", "be", "am", "keeps", "kept"]

    /// Little words that never end or fill a described speaker ("his decision to", "if").
    static let functionWords: WordSet = [
        "to", "if", "that", "when", "while", "because", "and", "or", "but", "as", "than", "was",
        "were", "is", "are", "be", "been", "has", "have", "had", "will", "would", "could", "should",
        "not", "who", "which", "what", "where", "why", "how", "so", "then", "there", "it", "in",
        "of", "for", "at", "on", "with", "from", "by", "about",
    ]

    /// Relative pronouns that stand for the name before them ("Rikkie Wells, who tweeted").
    static let relatives: WordSet = ["who", "which"]

    /// Conjunctions that open a clause of their own ("but he said").
    static let clauseConjunctions: WordSet = ["but", "and", "while", "although", "though", "because", "so", "yet", "or", "whereas"]

    /// Capitalized words that start sentences but never name anyone.
    static let notNames: WordSet = [
        "the", "a", "an", "but", "and", "or", "so", "yet", "in", "on", "at", "it", "this", "that",
        "these", "those", "there", "here", "when", "while", "if", "as", "after", "before", "asked",
        "meanwhile", "however", "still", "speaking", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "yesterday", "today", "tonight", "instead", "now", "then",
        "his", "her", "their", "its", "our", "my", "your", "we", "i", "you", "he", "she", "they",
        "what", "who", "why", "how", "where", "read", "watch", "click", "photo", "video",
        "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.", "aug", "aug.", "sept", "sept.",
        "sep", "sep.", "oct", "oct.", "nov", "nov.", "dec", "dec.", "january", "february", "march",
        "april", "june", "july", "august", "september", "october", "november", "december",
        "aboard", "during", "despite", "although", "though", "since", "until", "among", "amid",
    ]

    /// Whether the word (lowercased) is part of a title rather than a name.
    static func isTitle(_ word: String) -> Bool { titles.contains(word) }
}
