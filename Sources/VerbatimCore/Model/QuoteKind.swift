/// What a quoted stretch of text is.
public enum QuoteKind: String, Codable, Hashable, Sendable, CaseIterable {
    /// A whole sentence or more of someone's words.
    case direct
    /// Someone's words quoted inside a sentence of reported speech.
    case partial
    /// Quoted words that are nobody's speech: irony, distance ("sham").
    case scare
    /// The name of a work, show or publication ("Saturday Night Live").
    case title

    /// Whether this kind is a quotation of someone's words.
    public var isSpeech: Bool {
        switch self {
        case .direct, .partial: true
        case .scare, .title: false
        }
    }
}
