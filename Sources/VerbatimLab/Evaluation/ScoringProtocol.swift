/// The rules of `shared/docs/quote-evaluation.md` that quotes are scored by.
public enum ScoringProtocol: Int, CaseIterable, Sendable {
    /// The old rules, kept so that old figures stay comparable: a gold direct quote is a Content
    /// whose own text carries a quote mark and is mostly inside its marks (`QuotedContent`); the
    /// other attributions are not read, so a quote outside every direct one is a false alarm;
    /// an attribution is right by its mention or by the Source's exact text, not by surname.
    case one = 1
    /// The rules in force: a gold direct quote is a Content mostly inside the article's
    /// `QuoteMarkedStretches`; a quote inside another attribution's Content is correct but finds
    /// nothing for recall; an attribution is also right when both name the same `Surname`.
    case two = 2

    /// Whether quotes inside attributions that are not direct quotes count as correct.
    public var readsOtherAttributions: Bool { self == .two }

    /// Whether an attribution naming the gold Source's surname is right.
    public var creditsSurnames: Bool { self == .two }
}
