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
    /// Whether the text is a file's text as it is or the body extracted from a web page.
    public var textOrigin: TextOrigin {
        get { origin ?? .file }
        set { origin = newValue == .file ? nil : newValue }
    }
    /// `textOrigin`, left out of session files for a file's text.
    private var origin: TextOrigin?
    /// What the bytes were read as: `utf-8`, `utf-16le`, `utf-16be`, `windows-1252`….
    public var encoding: String {
        get { readAs ?? "utf-8" }
        set { readAs = newValue == "utf-8" ? nil : newValue }
    }
    /// `encoding`, left out of session files for UTF-8.
    private var readAs: String?
    /// Fields added by plugins ("sentiment": 0.4) or kept from a corpus record, by name.
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
        case origin = "textOrigin"
        case readAs = "encoding"
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

    /// Takes the loader's facts that sessions saved before they were properties kept among
    /// the fields (`text_from`, `encoding`) into their properties.
    mutating func movingLoaderFactsOutOfFields() {
        if fields["text_from"] == .text("html") { textOrigin = .html }
        if case .text(let name)? = fields["encoding"] { encoding = name }
        fields["text_from"] = nil
        fields["encoding"] = nil
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
