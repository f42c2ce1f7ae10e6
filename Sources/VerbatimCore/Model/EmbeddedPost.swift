/// A social media post embedded in a page (a tweet's blockquote), kept with its author and
/// date. In the article's text it is one line, the post's words in quote marks (unless they
/// hold quotes of their own) followed by "— Author (@handle) Date", so the post reads as a
/// quotation of its author.
public struct EmbeddedPost: Codable, Hashable, Sendable {
    /// The post's words.
    public var text: String
    /// The name shown for the author ("Jake Epstein"), and the account ("@byjepstein").
    public var author: String?
    public var handle: String?
    /// The date as the embed shows it ("September 29, 2022").
    public var date: String?
    /// The post's address.
    public var url: String?
    /// Where its line lies in the article's text.
    public var span: TextSpan

    /// The post's line in the article's text.
    var line: String {
        let hasQuotes = text.unicodeScalars.contains { $0 == "\"" || $0 == "“" || $0 == "”" }
        let words = hasQuotes ? text : "“" + text + "”"
        let byline = [author, handle.map { "(\($0))" }, date].compactMap { $0 }.joined(separator: " ")
        return byline.isEmpty ? words : words + " — " + byline
    }
}
