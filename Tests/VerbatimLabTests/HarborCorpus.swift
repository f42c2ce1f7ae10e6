import VerbatimCore

/// A one-article brat corpus, `harbor`, that the two scoring protocols score apart: a direct
/// quote whose Content leaves out its opening mark, a short quotation inside a paraphrase, and a
/// quote whose gold Source is the surname of the speaker a pronoun resolves to.
enum HarborCorpus {
    static let text = """
    Harbor news
    “We will open the harbor in May,” said Mayor Elena Marsh.
    Tomas Reyes said the ferry would run “every twenty minutes from dawn until the last boat is in” from the old pier on the north side of the harbor, starting in the first week of June.
    Reyes spoke next. “The budget is settled,” he said.

    """

    static let marshContent = "We will open the harbor in May,”"
    static let ferryContent = "the ferry would run “every twenty minutes from dawn until the last boat is in” from the old pier on the north side of the harbor, starting in the first week of June"
    static let budgetContent = "“The budget is settled,”"

    /// Where "Reyes" stands as the budget quote's gold Source (not in "Tomas Reyes").
    static var reyesAlone: TextSpan {
        let start = BridgeCorpus.span("Reyes spoke", in: text).start
        return TextSpan(start, start + "Reyes".count)
    }

    static let annotations = [
        BridgeCorpus.entity(1, "Content", marshContent, in: text), BridgeCorpus.entity(2, "Source", "Mayor Elena Marsh", in: text),
        "E1\tContent:T1 Source:T2",
        BridgeCorpus.entity(3, "Content", ferryContent, in: text), BridgeCorpus.entity(4, "Source", "Tomas Reyes", in: text),
        "E2\tContent:T3 Source:T4",
        BridgeCorpus.entity(5, "Content", budgetContent, in: text),
        "T6\tSource \(reyesAlone.start) \(reyesAlone.end)\tReyes",
        "E3\tContent:T5 Source:T6",
        "",
    ].joined(separator: "\n")

    /// Writes the corpus to a fresh temporary folder and returns its path.
    static func write() throws -> String {
        try BridgeCorpus.write(article: "harbor", text: text, annotations: annotations)
    }
}
