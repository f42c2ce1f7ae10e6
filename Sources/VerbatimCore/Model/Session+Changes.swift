/// Changes made to a session from outside extraction: quotes and fields that plugins add.
/// Each is made through a `SessionEditor`, which makes many changes at once.
extension Session {
    /// Adds a quotation found by other means, with the next quote id; it is placed among its
    /// article's quotes in text order, and its speaker joins the article's speakers.
    @discardableResult
    public mutating func addQuote(
        article articleID: String, span: TextSpan, kind: QuoteKind, speaker: String? = nil, cue: String? = nil
    ) throws(SessionChangeError) -> Quote {
        var editor = SessionEditor(self)
        let quote = try editor.addQuote(article: articleID, span: span, kind: kind, speaker: speaker, cue: cue)
        self = editor.finished()
        return quote
    }

    /// Sets (or, with nil, removes) a field of an article.
    public mutating func setField(_ name: String, to value: FieldValue?, onArticle id: String) throws(SessionChangeError) {
        var editor = SessionEditor(self)
        try editor.setField(name, to: value, onArticle: id)
        self = editor.finished()
    }

    /// Sets (or, with nil, removes) a field of a quote.
    public mutating func setField(_ name: String, to value: FieldValue?, onQuote id: String) throws(SessionChangeError) {
        var editor = SessionEditor(self)
        try editor.setField(name, to: value, onQuote: id)
        self = editor.finished()
    }

    /// Sets (or, with nil, removes) a field of a speaker, named as `speakers` lists it.
    public mutating func setField(_ name: String, to value: FieldValue?, onSpeaker speaker: String) throws(SessionChangeError) {
        var editor = SessionEditor(self)
        try editor.setField(name, to: value, onSpeaker: speaker)
        self = editor.finished()
    }
}

/// Why a change to the session cannot be made.
public enum SessionChangeError: Error, Equatable, Sendable {
    case noArticle(String)
    case noQuote(String)
    case noSpeaker(String)
    case spanOutside(TextSpan, String, length: Int)
    case spanEmpty(TextSpan)
    /// The session has given every quote number up to `Session.largestNumber`.
    case quoteNumbersUsedUp

    public var message: String {
        switch self {
        case .noArticle(let id): "no article \(id)"
        case .noQuote(let id): "no quote \(id)"
        case .noSpeaker(let name): "no speaker \"\(name)\""
        case .spanOutside(let span, let id, let length):
            "the span \(span.start)–\(span.end) is not inside \(id), which has \(length) characters"
        case .spanEmpty(let span): "the span \(span.start)–\(span.end) is empty (it must end after it starts)"
        case .quoteNumbersUsedUp: "the session has used every quote number up to \(Session.largestNumber); save it and start another"
        }
    }
}
