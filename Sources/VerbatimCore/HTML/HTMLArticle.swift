import CLibXML2

/// What a web page holds for Verbatim: the article's text (the body, without navigation,
/// related links, captions or share buttons; a line per paragraph) and what the page says
/// about it.
public struct HTMLArticle: Hashable, Sendable {
    /// The body's paragraphs, separated by blank lines: the text quotes are found in and
    /// offsets count into.
    public var text: String
    public var title: String?
    public var byline: String?
    /// The publication date as the page gives it (ISO 8601 where it does).
    public var date: String?
    /// The site's name ("Reuters").
    public var outlet: String?
    /// The canonical address of the page.
    public var url: String?
    /// The social media posts the page embeds, each a line of `text`.
    public var embeddedPosts: [EmbeddedPost]

    /// Parses a page with libxml2 and frees it, reading nothing from it: what parsing alone
    /// costs, for benchmarks.
    public static func parseOnly(_ bytes: [UInt8]) {
        if let document = PageReader.document(bytes, encoding: nil) { xmlFreeDoc(document) }
    }

    /// Reads a page's bytes; `encoding` is the charset from HTTP headers when known (the
    /// page's own meta tag says otherwise). Nil when the bytes hold no HTML document.
    public init?(html bytes: [UInt8], encoding: String? = nil) {
        guard let tree = HTMLTree(bytes, encoding: encoding) else { return nil }
        let body = ArticleBodyExtractor(tree: tree).body()
        text = body.lines.joined(separator: "\n\n")
        embeddedPosts = []
        var offset = 0
        for (index, line) in body.lines.enumerated() {
            let length = line.unicodeScalars.count
            if var post = body.posts[index] {
                post.span = TextSpan(offset, offset + length)
                embeddedPosts.append(post)
            }
            offset += length + 2
        }
        let metadata = PageMetadata(tree: tree)
        title = metadata.title
        byline = metadata.byline
        date = metadata.date
        outlet = metadata.outlet
        url = metadata.url
    }
}
