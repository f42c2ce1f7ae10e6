/// A quotation found in an article.
public struct Quote: Codable, Hashable, Sendable, Identifiable {
    /// The session's short id, such as `q1`.
    public var id: String
    /// The id of the article it was found in.
    public var article: String
    /// Where the quotation lies in the article's text, quote marks included.
    public var span: TextSpan
    /// The quoted text, quote marks included: `span` of the article's text.
    public var text: String
    public var kind: QuoteKind
    /// Where the words naming the speaker lie ("he", "Secretary of State Antony Blinken").
    public var speakerMention: TextSpan?
    /// The speaker's canonical name, when known.
    public var speaker: String?
    /// The reporting verb ("said", "according to"), when there is one.
    public var cue: String?
    /// Fields added by plugins ("sentiment": 0.4), by name.
    public var fields: Fields {
        get { addedFields ?? [:] }
        set { addedFields = newValue.isEmpty ? nil : newValue }
    }
    /// `fields`, left out of session files when empty.
    private var addedFields: Fields?

    private enum CodingKeys: String, CodingKey {
        case id, article, span, text, kind, speakerMention, speaker, cue
        case addedFields = "fields"
    }

    public init(
        id: String, article: String, span: TextSpan, text: String, kind: QuoteKind,
        speakerMention: TextSpan? = nil, speaker: String? = nil, cue: String? = nil
    ) {
        self.id = id
        self.article = article
        self.span = span
        self.text = text
        self.kind = kind
        self.speakerMention = speakerMention
        self.speaker = speaker
        self.cue = cue
    }
}
