import CLibXML2

extension EmbeddedPost {
    /// Class names of the blockquotes that embed posts.
    static let classNames: [StaticString] = ["twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "bluesky-embed", "mastodon-embed"]

    /// Whether `node` is a post's blockquote.
    static func isPost(_ node: xmlNodePtr) -> Bool {
        guard let value = HTMLTree.attribute(node, "class") else { return false }
        return classNames.contains { ClassWords.contains(value, $0) }
    }

    /// Reads a post's blockquote: the words of its paragraphs, then the byline after them
    /// ("— Jake Epstein (@byjepstein) September 29, 2022", its date linking to the post).
    init?(_ node: xmlNodePtr) {
        var words: [String] = [], trailer: [String] = []
        var lastLink: xmlNodePtr?
        var child = node.pointee.children
        while let current = child {
            let text = PageMetadata.text(of: current) ?? ""
            if current.pointee.type == XML_ELEMENT_NODE, HTMLTag.of(current.pointee.name) == .p {
                words.append(text)
            } else {
                trailer.append(text)
                if current.pointee.type == XML_ELEMENT_NODE, HTMLTag.of(current.pointee.name) == .a { lastLink = current }
            }
            child = current.pointee.next
        }
        let body = words.joined(separator: " ")
        guard !body.isEmpty else { return nil }
        text = body
        span = TextSpan(0, 0)
        var byline = trailer.joined(separator: " ").split(separator: " ").joined(separator: " ")
        while let first = byline.unicodeScalars.first, first.isDash || first == " " { byline.removeFirst() }
        if let open = byline.range(of: " (@"), let close = byline[open.upperBound...].firstIndex(of: ")") {
            author = String(byline[..<open.lowerBound]).trimmingCharacters(in: .whitespaces)
            handle = "@" + byline[open.upperBound..<close]
            let rest = byline[byline.index(after: close)...].trimmingCharacters(in: .whitespaces)
            date = rest.isEmpty ? nil : rest
        } else if !byline.isEmpty {
            author = byline
        }
        url = lastLink.flatMap { HTMLTree.attributeString($0, "href") }
    }
}
