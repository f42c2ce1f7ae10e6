/// One article's text and everything the extraction stages have found in it so far.
public struct Document: Sendable {
    /// The exact text, by code point.
    public let text: ScalarText
    /// Paragraph spans, in order, without surrounding spaces.
    public var paragraphs: [TextSpan] = []
    /// The tokens of each paragraph.
    public var paragraphTokens: [[Token]] = []
    /// Quoted stretches, in text order.
    public var quotes: [QuoteCandidate] = []
    /// The speakers named by attributions, one per entity.
    public var speakers: [Speaker] = []
    /// Social media posts embedded in the page the text comes from, with their spans.
    public let embeddedPosts: [EmbeddedPost]

    public init(text: String, embeddedPosts: [EmbeddedPost] = []) {
        self.text = ScalarText(text)
        self.embeddedPosts = embeddedPosts
    }

    /// The tokens of a paragraph that lie inside `span`, found without tokenizing again.
    func tokens(in span: TextSpan, paragraph: Int) -> ArraySlice<Token> {
        let tokens = paragraphTokens[paragraph]
        return tokens[tokens.firstIndex(startingAtOrAfter: span.start)..<tokens.firstIndex(startingAtOrAfter: span.end)]
    }
}

/// A quoted stretch of a document as the stages refine it.
public struct QuoteCandidate: Hashable, Sendable {
    /// The quote, its marks included.
    public var span: TextSpan
    /// The words inside the marks.
    public var content: TextSpan
    /// The index of the paragraph it lies in.
    public var paragraph: Int
    /// Whether a closing mark ends it (false when the paragraph's end does).
    public var isClosed: Bool
    /// Whether it carries on a quote left open at the end of the previous paragraph.
    public var continuesPrevious: Bool
    public var kind: QuoteKind = .direct
    public var attribution: Attribution?

    public init(span: TextSpan, content: TextSpan, paragraph: Int, isClosed: Bool, continuesPrevious: Bool) {
        self.span = span
        self.content = content
        self.paragraph = paragraph
        self.isClosed = isClosed
        self.continuesPrevious = continuesPrevious
    }
}

/// Who a quote is attributed to, and on what evidence.
public struct Attribution: Hashable, Sendable {
    /// The words naming the speaker, as written.
    public var mention: TextSpan?
    /// The speaker's canonical name, once resolved.
    public var speaker: String?
    /// The reporting verb or phrase.
    public var cue: String?
    /// For a relative pronoun mention ("who tweeted"), the name it stands for.
    public var referent: TextSpan?
    /// A description set beside the mention between commas ("a Republican tax consultant").
    public var appositive: TextSpan?
    /// What the attribution rests on.
    public var evidence: Evidence

    /// Where an attribution was found.
    public enum Evidence: Hashable, Sendable, CaseIterable {
        /// A reporting clause right after the quote ("…,” he said).
        case clauseAfter
        /// A reporting clause before the quote, in the same sentence (X said that “…”).
        case clauseBefore
        /// A speaker label ending in a colon (PENCE: “…”).
        case label
        /// A reporting clause in an earlier sentence of the paragraph, or closing the paragraph
        /// before (Caddell continued: / Earnest said at a briefing.).
        case earlierClause
        /// Carried over from the quote before (a quote's next paragraph, a follow-on quote).
        case carriedOver
        /// The author of the embedded post the quote is.
        case embeddedPost
    }

    public init(mention: TextSpan?, speaker: String? = nil, cue: String? = nil, evidence: Evidence) {
        self.mention = mention
        self.speaker = speaker
        self.cue = cue
        self.evidence = evidence
    }
}
