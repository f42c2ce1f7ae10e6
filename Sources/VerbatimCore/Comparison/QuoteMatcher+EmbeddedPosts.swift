extension QuoteMatcher {
    /// The stretches of an article's text (code-point offsets) inside posts it embeds as
    /// markup (`<tweet author="…">…</tweet>`, as PolNeAR's texts keep them, or `<blockquote>`):
    /// the posts' authors' own words on show, not the outlet's narration. One pass over the text.
    func embeddedPosts(in article: Int) -> [Range<Int>] {
        let scalars = Array(articles[article].text.unicodeScalars)
        func hasTag(_ tag: [Unicode.Scalar], at offset: Int) -> Bool {
            offset + tag.count <= scalars.count
                && tag.indices.allSatisfy { scalars[offset + $0].properties.lowercaseMapping == String(tag[$0]) }
        }
        var posts: [Range<Int>] = []
        var opening: Int?
        for offset in scalars.indices where scalars[offset] == "<" {
            if opening == nil, Self.embeddedPostTags.contains(where: { hasTag($0, at: offset) }) {
                opening = offset
            } else if let start = opening, offset + 1 < scalars.count, scalars[offset + 1] == "/" {
                posts.append(start..<offset)
                opening = nil
            }
        }
        return posts
    }

    /// Tags that open an embedded post.
    static let embeddedPostTags: [[Unicode.Scalar]] = ["<tweet", "<blockquote"].map { Array($0.unicodeScalars) }
}
