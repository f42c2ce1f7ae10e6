extension Session {
    private enum DecodingKeys: String, CodingKey {
        case articles, quotes, nextArticleNumber, nextQuoteNumber, speakerFields
    }

    /// Reads a session as `save` writes it; a counter that is not a whole number (`2.5`,
    /// `1e19`) is an error naming it, where a plain decoder said "invalid JSON".
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DecodingKeys.self)
        articles = try container.decode([Article].self, forKey: .articles)
        quotes = try container.decode([Quote].self, forKey: .quotes)
        nextArticleNumber = try container.decode(WholeNumber.self, forKey: .nextArticleNumber).value
        nextQuoteNumber = try container.decode(WholeNumber.self, forKey: .nextQuoteNumber).value
        speakerFields = try container.decodeIfPresent([String: Fields].self, forKey: .speakerFields)
    }
}
