/// Small closed classes of English words (prepositions, adverbs, imperatives, quantifiers,
/// contractions) that open sentences but are never part of a person's name, and the test that
/// a role is a noun phrase.
enum ClosedClassWords {
    /// Prepositions ("With Trump", "Besides Clinton", "To Florida").
    static let prepositions: WordSet = [
        "about", "above", "across", "after", "against", "along", "amid", "among", "around", "at",
        "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "by",
        "despite", "during", "except", "for", "from", "in", "inside", "into", "like", "near", "of",
        "off", "on", "onto", "outside", "over", "past", "since", "through", "throughout", "to",
        "toward", "towards", "under", "unlike", "until", "upon", "via", "with", "within", "without",
    ]

    /// Adverbs that open sentences or modify a whole clause ("Even Lindsey Graham", "Maybe Trump").
    static let adverbs: WordSet = [
        "also", "even", "just", "only", "maybe", "perhaps", "not", "never", "always", "still",
        "yet", "indeed", "instead", "meanwhile", "however", "moreover", "furthermore", "thus",
        "hence", "therefore", "otherwise", "nevertheless", "nonetheless", "once", "already",
        "almost", "soon", "later", "earlier", "again", "too", "so", "then", "now", "here",
        "there", "finally", "clearly", "certainly", "obviously", "apparently", "actually",
        "really", "probably", "possibly", "especially", "particularly", "recently", "currently",
        "ultimately", "eventually", "suddenly", "unfortunately", "fortunately", "notably",
        "similarly", "likewise", "rather", "anyway", "besides", "thereafter", "afterward",
        "afterwards", "nearly", "quite", "very", "well", "yes", "no",
    ]

    /// Verbs that open a sentence in the imperative ("See Sexton’s full timeline").
    static let imperatives: WordSet = [
        "see", "read", "watch", "click", "look", "let", "consider", "note", "take", "imagine",
        "remember", "listen", "follow", "join", "sign", "ask", "tell", "meet", "check", "compare",
        "visit", "subscribe", "share", "download", "contact", "email", "call", "get", "go",
    ]

    /// Quantifiers and determiners that open a described group ("Both Democrats", "Some Clinton
    /// allies", "Another Clinton ally").
    static let quantifiers: WordSet = [
        "a", "an", "the", "one", "another", "both", "some", "many", "most", "all", "each", "every",
        "several", "few", "any", "no", "either", "neither", "such", "other", "more", "fewer", "two",
        "three", "this", "that", "these", "those", "others", "anyone", "everyone", "someone",
        "hundreds", "thousands", "dozens",
    ]

    /// Conjunctions that open a clause before its subject ("Because Pete Santilli …").
    static let conjunctions: WordSet = ["because", "unless", "whether", "whereas", "and", "but", "or", "nor"]

    /// Words whose contraction with "’s" ("is" or "has") is not a possessive ("Here’s Clinton",
    /// "That’s Hillary Clinton", "He’s Donald Trump").
    static let contractedStems: WordSet = [
        "here", "there", "that", "this", "it", "he", "she", "what", "who", "where", "when", "why",
        "how", "let", "everyone", "everybody", "nobody", "someone", "somebody",
    ]

    /// Adverbs that may open a noun phrase ("now a partner at …", "only senator to …").
    static let nounPhraseAdverbs: WordSet = ["only", "now", "once", "just", "nearly", "almost", "quite", "very", "even"]

    /// Pronouns that open a clause, which a role never holds ("he was once part of …"): the
    /// pronouns a speaker is named by, and "you".
    static let subjectPronouns: WordSet = MentionLexicon.pronouns.union(["you"])

    /// Relative words that open a clause ("whose district includes …").
    static let relatives: WordSet = ["who", "whose", "whom", "which", "that", "where", "when"]

    /// Whether a word (lowercased) opening a run of capitalized words is no part of a name.
    static func opensNoName(_ word: String) -> Bool {
        prepositions.contains(word) || adverbs.contains(word) || imperatives.contains(word)
            || quantifiers.contains(word) || conjunctions.contains(word) || isContraction(word)
    }

    /// "here’s", "that's": a closed-class word contracted with "is" or "has".
    static func isContraction(_ word: String) -> Bool {
        // Bytes, not characters: most words end in s, and few in 's.
        let bytes = word.utf8
        guard bytes.last == UInt8(ascii: "s") else { return false }
        let apostrophe: Int
        if bytes.dropLast().last == UInt8(ascii: "'") {
            apostrophe = 1
        } else if bytes.dropLast().suffix(3).elementsEqual("’".utf8) {
            apostrophe = 3
        } else {
            return false
        }
        return contractedStems.contains(String(decoding: bytes.dropLast(1 + apostrophe), as: UTF8.self))
    }

    /// The pronoun a word is, alone or, for "he" and "she", contracted with "’s" ("He’s
    /// claiming" is said of "he").
    static func pronoun(_ word: String) -> String? {
        if MentionLexicon.pronouns.contains(word) { return word }
        guard isContraction(word) else { return nil }
        let stem = String(word.dropLast(2))
        return stem == "he" || stem == "she" ? stem : nil
    }

    /// Whether a lone word stands for a speaker without naming one ("Another", "Likewise").
    static func namesNobodyAlone(_ word: String) -> Bool {
        quantifiers.contains(word) || adverbs.contains(word) || isContraction(word)
    }

    /// Whether the words can be a role: a noun phrase, not an adverb ("however"), an adjective
    /// or participle phrase ("clearly frustrated", "based on accounts"), a prepositional phrase
    /// ("after a long pause") or a clause ("he was …", "whose …"; "IT professional" is one).
    static func isNounPhrase(_ text: [String]) -> Bool {
        guard let opening = text.first else { return false }
        let words = text.map { $0.lowercased() }
        let first = words[0]
        if adverbs.contains(first) && !nounPhraseAdverbs.contains(first) || prepositions.contains(first)
            || subjectPronouns.contains(opening) || relatives.contains(first) {
            return false
        }
        // The head of a noun phrase is its last word before any preposition or relative.
        let head = words.prefix { !prepositions.contains($0) && !relatives.contains($0) }.last ?? first
        if adverbs.contains(head) { return false }
        return !(head.hasSuffix("ed") && !head.hasSuffix("eed") && head.count > 4)
    }
}
