/// Why an evaluation error happened, decided by general tests on the gold and the system
/// quote (`ErrorCauseRules`) so `eval --errors --by cause` can say what moved.
public enum ErrorCause: String, Sendable, CaseIterable {
    // Wrong speakers, tested in this order.
    /// The system gave the quote no speaker.
    case missingSpeaker = "missing speaker"
    /// The gold attribution names no Source.
    case noGoldSource = "no gold source"
    /// The gold Source lies in another paragraph than the quote.
    case carriedOver = "carried over"
    /// The gold Source is a pronoun ("she").
    case pronoun
    /// The gold Source is one lowercase word that is no pronoun (mostly the verb "said").
    case verbAsSource = "verb as source"
    /// The gold Source names an organisation or a document ("the report", "the campaign").
    case organisation
    /// The gold Source is a lowercase noun phrase led by a determiner ("the former senator").
    case description
    /// The system's speaker mention lies in another sentence than the gold Source.
    case wrongEntity = "wrong entity"
    /// The system took another mention of the gold Source's sentence.
    case wrongMention = "wrong mention in sentence"
    // Misses.
    /// The extractor found the quote but classed it as a scare quote.
    case classedScare = "classed as scare quote"
    /// The extractor found the quote but classed it as a title.
    case classedTitle = "classed as title"
    /// System quotes cover some of the gold quote, but less than half.
    case partlyFound = "partly found"
    /// The gold quote's marked words are short fragments (at most four words each) inside paraphrase.
    case partialQuote = "partial quote"
    /// Nothing was extracted there.
    case notExtracted = "not extracted"
    // False alarms.
    /// The quote overlaps a gold Content, but by less than half of its characters.
    case boundary
    /// The quote stands inside parentheses or brackets, like a stage direction.
    case parenthetical
    /// Most of the quote's words are capitalised, as in a title of a work or show.
    case titleLike = "title-like"
    /// The gold has no attribution there.
    case unannotated
}
