extension QuoteMatcher {
    /// Whether the narration `node` lies inside a post embedded in the text as markup
    /// (`<tweet author="…">…</tweet>`, as PolNeAR's texts keep them, or `<blockquote>`): the
    /// post's author's own words on show, not the outlet's narration.
    func isInEmbeddedPost(_ node: Node) -> Bool {
        let start = texts[node.article].spans[node.words.lowerBound].start
        let before = articles[node.article].text.unicodeScalars.prefix(start).suffix(Self.embeddedPostReach)
        let window = String(String.UnicodeScalarView(before)).lowercased()
        let openings = Self.embeddedPostTags.compactMap { window.range(of: $0, options: .backwards) }
        guard let opening = openings.max(by: { $0.lowerBound < $1.lowerBound }) else { return false }
        return !window[opening.upperBound...].contains("</")
    }

    /// Tags that open an embedded post.
    static let embeddedPostTags = ["<tweet", "<blockquote"]
    /// How far before narration its post's opening tag is looked for, in characters: a post
    /// and its attributes.
    static let embeddedPostReach = 1_000
}
