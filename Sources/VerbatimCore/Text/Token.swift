/// A word or a punctuation mark of a text, by code-point span.
public struct Token: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Letters and digits, with inner apostrophes, hyphens and abbreviation dots.
        case word
        /// Any other single non-space scalar.
        case punctuation
    }

    public var kind: Kind
    public var span: TextSpan
    /// The token's text.
    public var text: String
    /// The text in lowercase, for look-ups.
    public var lowered: String

    public init(kind: Kind, span: TextSpan, text: String, lowered: String) {
        self.kind = kind
        self.span = span
        self.text = text
        self.lowered = lowered
    }

    public var isWord: Bool { kind == .word }

    /// Whether the word starts with a capital letter.
    public var isCapitalized: Bool { kind == .word && (text.unicodeScalars.first?.isUppercaseLetter ?? false) }

    /// Whether the word ends in a possessive "'s" or "’s".
    public var isPossessive: Bool { kind == .word && (lowered.hasSuffix("'s") || lowered.hasSuffix("’s")) }

    /// Whether the token is a full stop, question mark or exclamation mark.
    public var isSentenceEnd: Bool { kind == .punctuation && (text.unicodeScalars.first?.isSentenceEnd ?? false) }
}

extension Array where Element == Token {
    /// The index of the first token starting at or after `offset` (binary search over tokens
    /// in text order); `count` when there is none.
    func firstIndex(startingAtOrAfter offset: Int) -> Int { partitionIndex { $0.span.start >= offset } }
}
