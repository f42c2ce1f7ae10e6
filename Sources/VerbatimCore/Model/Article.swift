/// One loaded article: its metadata and its exact text, which every span counts into.
public struct Article: Codable, Hashable, Sendable, Identifiable {
    /// The session's short id, such as `a1`.
    public var id: String
    /// The path the article was loaded from, when it came from a file.
    public var file: String?
    public var title: String?
    public var outlet: String?
    public var date: String?
    public var url: String?
    public var byline: String?
    /// The exact text as loaded: no newline conversion, no trimming.
    public var text: String
    /// The paragraphs of `text`, in order.
    public var paragraphs: [TextSpan]
    /// The people and organisations this article quotes, with their quote counts here.
    public var speakers: [Speaker]
    /// Fields added by plugins ("sentiment": 0.4), by name.
    public var fields: Fields {
        get { addedFields ?? [:] }
        set { addedFields = newValue.isEmpty ? nil : newValue }
    }
    /// `fields`, left out of session files when empty.
    private var addedFields: Fields?
    /// Social media posts embedded in the page it came from, with their spans in `text`.
    public var embeddedPosts: [EmbeddedPost] {
        get { posts ?? [] }
        set { posts = newValue.isEmpty ? nil : newValue }
    }
    /// `embeddedPosts`, left out of session files when empty.
    private var posts: [EmbeddedPost]?

    private enum CodingKeys: String, CodingKey {
        case id, file, title, outlet, date, url, byline, text, paragraphs, speakers
        case addedFields = "fields"
        case posts = "embeddedPosts"
    }

    public init(
        id: String, file: String? = nil, title: String? = nil, outlet: String? = nil,
        date: String? = nil, url: String? = nil, byline: String? = nil, text: String,
        paragraphs: [TextSpan] = [], speakers: [Speaker] = []
    ) {
        self.id = id
        self.file = file
        self.title = title
        self.outlet = outlet
        self.date = date
        self.url = url
        self.byline = byline
        self.text = text
        self.paragraphs = paragraphs
        self.speakers = speakers
    }

    /// The name quotes are exported under: the file name without its extension, a corpus
    /// record's id (`corpus.jsonl#42` is `42`), or the article id.
    public var exportName: String {
        guard let file else { return id }
        if let hash = file.lastIndex(of: "#") { return String(file[file.index(after: hash)...]) }
        let name = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
