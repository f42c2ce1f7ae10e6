/// One loaded article: what was loaded (its exact text, which every span counts into, its
/// metadata and fields, all read through `source` as `article.title`…) with the session's id
/// and what extraction found.
@dynamicMemberLookup
public struct Article: Codable, Hashable, Sendable, Identifiable {
    /// The session's short id, such as `a1`.
    public var id: String
    /// The article as it was loaded.
    public var source: ArticleSource
    /// The paragraphs of `text`, in order.
    public var paragraphs: [TextSpan]
    /// The people and organisations this article quotes, with their quote counts here.
    public var speakers: [Speaker]

    public init(id: String, source: ArticleSource, paragraphs: [TextSpan] = [], speakers: [Speaker] = []) {
        self.id = id
        self.source = source
        self.paragraphs = paragraphs
        self.speakers = speakers
    }

    /// The loaded article's properties: `article.text`, `article.title`, `article.fields`….
    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<ArticleSource, Value>) -> Value {
        get { source[keyPath: keyPath] }
        set { source[keyPath: keyPath] = newValue }
    }

    // MARK: Session files

    /// Session files keep an article as one object: the source's keys beside these.
    private enum CodingKeys: String, CodingKey {
        case id, paragraphs, speakers
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        source = try ArticleSource(from: decoder)
        paragraphs = try container.decode([TextSpan].self, forKey: .paragraphs)
        speakers = try container.decode([Speaker].self, forKey: .speakers)
    }

    public func encode(to encoder: any Encoder) throws {
        try source.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(paragraphs, forKey: .paragraphs)
        try container.encode(speakers, forKey: .speakers)
    }

    /// Takes the loader's facts that sessions saved before they were properties kept among
    /// the fields (`text_from`, `encoding`) into their properties.
    mutating func movingLoaderFactsOutOfFields() {
        if source.fields["text_from"] == .text("html") { source.textOrigin = .html }
        if case .text(let name)? = source.fields["encoding"] { source.encoding = name }
        source.fields["text_from"] = nil
        source.fields["encoding"] = nil
    }

    /// The name quotes are exported under: the file name without its extension, a corpus
    /// record's id (`corpus.jsonl#42` is `42`), or the article id.
    public var exportName: String {
        guard let file = source.file else { return id }
        if let hash = file.lastIndex(of: "#") { return String(file[file.index(after: hash)...]) }
        let name = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
