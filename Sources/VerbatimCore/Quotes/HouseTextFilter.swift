/// Drops quote-marked text that is the publication's own, not anyone's words: stage directions
/// of a transcript ("(CROSSTALK.)", "[APPLAUSE]") and house lines that promote the outlet or its
/// writers ("Follow Pam Key on Twitter @pamkeyNEN.", "Sign up for our newsletter").
public struct HouseTextFilter: ExtractionStage {
    public var name: String { "house text" }

    public init() {}

    public func process(_ document: inout Document) {
        let kept = document.quotes.filter { quote in
            let words = document.tokens(in: quote.content, paragraph: quote.paragraph).filter(\.isWord)
            return !isStageDirection(quote.content, in: document.text)
                && !isHouseLine(quote.content, words: Array(words), in: document.text)
        }
        document.quotes = kept
    }

    /// Whether the words are all in a pair of brackets and written in capitals: (CROSSTALK),
    /// [LAUGHTER], (BEGIN VIDEO CLIP).
    func isStageDirection(_ content: TextSpan, in text: ScalarText) -> Bool {
        var end = content.end
        while end > content.start, text[end - 1].isSentenceEnd || text[end - 1].isSpace { end -= 1 }
        guard end - content.start >= 3, text[content.start].isOpeningBracket,
              text[end - 1].value == 0x29 || text[end - 1].value == 0x5D else { return false }
        var letters = 0
        for offset in (content.start + 1)..<(end - 1) where text[offset].isLetter {
            guard text[offset].isUppercaseLetter else { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// Verbs that open a line asking the reader to follow, join or read the outlet.
    static let promotionVerbs: WordSet = ["follow", "subscribe", "sign", "like", "join", "click", "download", "listen", "watch"]
    /// Words that name where the line sends the reader.
    static let promotionPlaces: WordSet = [
        "twitter", "facebook", "instagram", "youtube", "tiktok", "newsletter", "newsletters", "podcast", "app",
    ]

    /// Whether the words open with a promotional verb and send the reader to a social network,
    /// a newsletter or an @handle: "Follow Pam Key on Twitter", but not "Follow the money."
    func isHouseLine(_ content: TextSpan, words: [Token], in text: ScalarText) -> Bool {
        guard let first = words.first, first.isCapitalized, Self.promotionVerbs.contains(first.lowered) else { return false }
        if words.contains(where: { Self.promotionPlaces.contains($0.lowered) }) { return true }
        return (content.start..<content.end).contains { text[$0].value == 0x40 }
    }
}
