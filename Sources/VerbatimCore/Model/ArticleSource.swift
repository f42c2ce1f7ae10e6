/// An article's text and metadata as loaded, before it joins a session. Every kind of input
/// (text file, web page, corpus record, download, plugin) becomes one of these, and
/// `Session.add(_:pipeline:)` makes it an article.
public struct ArticleSource: Hashable, Sendable {
    public var file: String?
    public var title: String?
    public var outlet: String?
    public var date: String?
    public var url: String?
    public var byline: String?
    /// The exact text: every span of the article counts into it.
    public var text: String
    /// Whether the text is a file's text as it is or the body extracted from a web page.
    public var textOrigin: TextOrigin = .file
    /// What the bytes were read as: `utf-8`, `utf-16le`, `utf-16be`, `windows-1252`….
    public var encoding = "utf-8"
    /// A corpus record's other fields, kept as the article's fields.
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

    /// A plain text as an article: its first line is the title, a "By …" line near the top
    /// the byline.
    public init(plainText text: String, file: String?, encoding: String = "utf-8") {
        self.init(file: file, title: PlainText.firstLine(of: text), byline: PlainText.byline(in: text), text: text)
        self.encoding = encoding
    }

    /// A web page's body, metadata and embedded posts as an article.
    public init(page: HTMLArticle, file: String?) {
        self.init(file: file, title: page.title, outlet: page.outlet, date: page.date, url: page.url,
                  byline: page.byline, text: page.text)
        textOrigin = .html
        embeddedPosts = page.embeddedPosts
    }
}

/// Where an article's text comes from.
public enum TextOrigin: String, Codable, Hashable, Sendable {
    /// The file's text as it is.
    case file
    /// The body extracted from a web page.
    case html
}

extension ArticleSource: Codable {
    /// The keys of an article in session files; what is empty or the default is left out.
    private enum CodingKeys: String, CodingKey {
        case file, title, outlet, date, url, byline, text, textOrigin, encoding, fields, embeddedPosts
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            file: try container.decodeIfPresent(String.self, forKey: .file),
            title: try container.decodeIfPresent(String.self, forKey: .title),
            outlet: try container.decodeIfPresent(String.self, forKey: .outlet),
            date: try container.decodeIfPresent(String.self, forKey: .date),
            url: try container.decodeIfPresent(String.self, forKey: .url),
            byline: try container.decodeIfPresent(String.self, forKey: .byline),
            text: try container.decode(String.self, forKey: .text))
        textOrigin = try container.decodeIfPresent(TextOrigin.self, forKey: .textOrigin) ?? .file
        encoding = try container.decodeIfPresent(String.self, forKey: .encoding) ?? "utf-8"
        fields = try container.decodeIfPresent(Fields.self, forKey: .fields) ?? [:]
        embeddedPosts = try container.decodeIfPresent([EmbeddedPost].self, forKey: .embeddedPosts) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(file, forKey: .file)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(outlet, forKey: .outlet)
        try container.encodeIfPresent(date, forKey: .date)
        try container.encodeIfPresent(url, forKey: .url)
        try container.encodeIfPresent(byline, forKey: .byline)
        try container.encode(text, forKey: .text)
        if textOrigin != .file { try container.encode(textOrigin, forKey: .textOrigin) }
        if encoding != "utf-8" { try container.encode(encoding, forKey: .encoding) }
        if !fields.isEmpty { try container.encode(fields, forKey: .fields) }
        if !embeddedPosts.isEmpty { try container.encode(embeddedPosts, forKey: .embeddedPosts) }
    }
}
