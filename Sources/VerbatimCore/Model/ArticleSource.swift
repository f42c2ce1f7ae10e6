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
