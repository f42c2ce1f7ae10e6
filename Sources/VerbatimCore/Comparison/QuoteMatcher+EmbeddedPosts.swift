extension QuoteMatcher {
    /// The stretches of an article's text (code-point offsets) inside posts it embeds as
    /// markup (`<tweet author="…">…</tweet>`, as PolNeAR's texts keep them, or `<blockquote>`):
    /// the posts' authors' own words on show, not the outlet's narration. A post ends at its
    /// own end tag (also written `<tweet/>`; a link's `</a>` inside it does not end it), or at
    /// the end of its paragraph when it has none; `<tweet … />` holds nothing. One pass.
    func embeddedPosts(in article: Int) -> [Range<Int>] {
        let scalars = Array(articles[article].text.unicodeScalars)
        /// Whether `name` stands at `offset` as a whole tag name, in any case.
        func hasName(_ name: [Unicode.Scalar], at offset: Int) -> Bool {
            guard offset + name.count <= scalars.count,
                  name.indices.allSatisfy({ scalars[offset + $0].properties.lowercaseMapping == String(name[$0]) }) else { return false }
            let after = offset + name.count
            return after == scalars.count || [" ", ">", "/", "\t", "\n", "\r"].contains(scalars[after])
        }
        /// Whether the tag opening at `offset` closes itself (`<tweet id="1"/>`), looked for
        /// within its line.
        func closesItself(_ offset: Int) -> Bool {
            var index = offset + 1
            while index < scalars.count, scalars[index] != ">", scalars[index] != "\n" { index += 1 }
            return index < scalars.count && scalars[index] == ">" && scalars[index - 1] == "/"
        }
        var posts: [Range<Int>] = []
        var open: (start: Int, name: [Unicode.Scalar])?
        for offset in scalars.indices {
            let scalar = scalars[offset]
            if let post = open {
                if scalar == "\n" {
                    posts.append(post.start..<offset)
                    open = nil
                } else if scalar == "<", offset + 1 < scalars.count,
                          scalars[offset + 1] == "/" && hasName(post.name, at: offset + 2)
                              || hasName(post.name, at: offset + 1) && offset + 1 + post.name.count < scalars.count
                              && scalars[offset + 1 + post.name.count] == "/" {
                    posts.append(post.start..<offset)
                    open = nil
                }
            } else if scalar == "<", let name = Self.embeddedPostTags.first(where: { hasName($0, at: offset + 1) }), !closesItself(offset) {
                open = (offset, name)
            }
        }
        if let post = open { posts.append(post.start..<scalars.count) }
        return posts
    }

    /// The names of the tags that embed a post.
    static let embeddedPostTags: [[Unicode.Scalar]] = ["tweet", "blockquote"].map { Array($0.unicodeScalars) }
}
