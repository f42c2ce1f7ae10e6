/// An article's text and metadata as loaded, before it joins a session.
public struct ArticleSource: Hashable, Sendable {
    public var file: String?
    public var title: String?
    public var outlet: String?
    public var date: String?
    public var url: String?
    public var byline: String?
    /// The exact text: every span of the article counts into it.
    public var text: String
    /// Other facts about the article: a corpus record's extra fields, the encoding a file was
    /// read in when not UTF-8 (`encoding`), `text_from` `html` for a page's extracted body.
    public var fields: Fields = [:]
    /// Social media posts embedded in a page, with their spans in `text`.
    public var embeddedPosts: [EmbeddedPost] = []

    public init(
        file: String? = nil, title: String? = nil, outlet: String? = nil, date: String? = nil,
        url: String? = nil, byline: String? = nil, text: String
    ) {
        self.file = file
        self.title = title
        self.outlet = outlet
        self.date = date
        self.url = url
        self.byline = byline
        self.text = text
    }
}
