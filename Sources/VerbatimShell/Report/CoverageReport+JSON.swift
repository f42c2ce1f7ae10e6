import VerbatimCore

extension CoverageReport {
    /// The report as one JSON object (`report --format json`): title, what it was asked for
    /// (only, against), how many quotations are shared, outlets (each with its articles,
    /// quotations carried and occurrences by verdict, over all shared quotations), groups (those
    /// shown, each with its occurrences, as compare's columns name them, and their spans) and
    /// articles (each with its text and the spans of its quotes, in Unicode code points).
    var value: Value {
        .record([
            .init("title", .text(title)), .init("only", Value(request.only?.rawValue)), .init("against", Value(request.against)),
            .init("shared", .integer(sharedCount)),
            .init("outlets", .list(outlets.map { summary in
                .record([.init("outlet", .text(summary.outlet)), .init("articles", .integer(summary.articles)),
                         .init("quotations", .integer(summary.quotations)), .init("occurrences", .integer(summary.occurrences)),
                         .init("verdicts", .record(Self.verdicts.map { .init($0.rawValue, .integer(summary.verdicts[$0] ?? 0)) }))])
            })),
            .init("groups", .list(groups.map { group in
                .record([.init("group", .integer(group.number)),
                         .init("occurrences", .list(group.occurrences.map { occurrenceValue($0, in: group) }))])
            })),
            .init("articles", .list(articles.map(articleValue))),
        ])
    }

    private func occurrenceValue(_ occurrence: QuoteOccurrence, in group: Group) -> Value {
        let source = article[occurrence.article]
        return .record([
            .init("article", .text(occurrence.article)), .init("outlet", Value(source?.outlet)), .init("date", Value(source?.date)),
            .init("url", Value(source?.url)), .init("quote", Value(occurrence.quote)), .init("speaker", Value(occurrence.speaker)),
            .init("verdict", .text(occurrence.verdict.rawValue)), .init("wording", .text(occurrence.wording.rawValue)),
            .init("similarity", .number(occurrence.similarity)), .init("confidence", .number(occurrence.confidence)),
            .init("reference", Value(occurrence.reference.flatMap { group.occurrences[$0].quote })),
            .init("start", .integer(occurrence.span.start)), .init("end", .integer(occurrence.span.end)),
            .init("text", .text(occurrence.text)), .init("changes", .text(OccurrenceTable.changes(occurrence.diff))),
            .init("diff", OccurrenceTable.diffValue(occurrence.diff)),
        ])
    }

    private func articleValue(_ article: Article) -> Value {
        .record([
            .init("id", .text(article.id)), .init("title", Value(article.title)), .init("outlet", Value(article.outlet)),
            .init("date", Value(article.date)), .init("url", Value(article.url)), .init("byline", Value(article.byline)),
            .init("text", .text(article.text)),
            .init("quotes", .list((quotes[article.id] ?? []).map { quote in
                .record([.init("id", .text(quote.id)), .init("start", .integer(quote.span.start)), .init("end", .integer(quote.span.end)),
                         .init("kind", .text(quote.kind.rawValue)), .init("speaker", Value(quote.speaker)),
                         .init("group", Value(groupOfQuote[quote.id]))])
            })),
        ])
    }
}
