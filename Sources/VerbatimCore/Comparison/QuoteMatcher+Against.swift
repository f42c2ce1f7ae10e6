extension QuoteMatcher {
    /// The occurrences of each quotation of `article` in `session`, judged against its quote
    /// there whatever was published first (`compare --against`, `report --against`): one list
    /// per quote of speech, leaving out those too short to trace.
    public func groups(against article: String, of session: Session) -> [[QuoteOccurrence]] {
        session.quotes.filter { $0.article == article && $0.kind.isSpeech }
            .compactMap { try? trace(quote: $0.id, against: article) }
    }
}
