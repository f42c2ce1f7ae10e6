import Testing
import VerbatimCore

/// Quote marks of every common style, apostrophes, nesting, and recovery from broken marks.
@Suite struct QuoteScannerTests {
    func quotes(_ text: String) -> [String] {
        let document = ExtractionPipeline(stages: [ParagraphSegmenter(), QuoteScanner()]).document(for: text)
        return document.quotes.map { document.text.string($0.content) }
    }

    @Test(arguments: [
        ("He said “curly words here” today.", "curly words here"),
        ("He said \"straight words here\" today.", "straight words here"),
        ("He said ''archive words here'' today.", "archive words here"),
        ("Il a dit « des mots ici » hier.", "des mots ici"),
        ("Er sagte „deutsche Worte hier“ gestern.", "deutsche Worte hier"),
    ])
    func findsEveryQuoteStyle(text: String, expected: String) {
        #expect(quotes(text) == [expected])
    }

    @Test func keepsApostrophesAndNestedSingleQuotesInside() {
        #expect(quotes("“Voters’ anger isn’t ‘fake news,’ it’s real,” she said.") == ["Voters’ anger isn’t ‘fake news,’ it’s real,"])
        #expect(quotes("The voters’ choice wasn’t close.") == [])
    }

    @Test func keepsAQuoteInTheOtherStyleInside() {
        #expect(quotes("\"The latest example is its “Bathroom Bill,” which allows it,\" he said.")
            == ["The latest example is its “Bathroom Bill,” which allows it,"])
        #expect(quotes("“They call it a \"sham\" vote,” she said.") == ["They call it a \"sham\" vote,"])
    }

    @Test func closesAnUnclosedQuoteAtTheParagraphEnd() {
        let text = "He said “this never closes.\n\nA new paragraph with “a fine quote” here."
        #expect(quotes(text) == ["this never closes.", "a fine quote"])
    }

    @Test func recoversWhenAMarkIsMissingBeforeTheNextQuote() {
        let text = "“First quote lost its mark, he said. “Second one is fine,” she said."
        #expect(quotes(text) == ["First quote lost its mark, he said.", "Second one is fine,"])
    }

    @Test func carriesAQuoteOverParagraphsWithoutClosingMarks() {
        let text = "“The first paragraph of a long quote.\n\n“The second paragraph ends it,” he said."
        let document = ExtractionPipeline.standard.document(for: text)
        #expect(document.quotes.count == 2)
        #expect(document.quotes[1].continuesPrevious)
        #expect(document.quotes.allSatisfy { $0.attribution?.mention.map(document.text.string) == "he" })
    }

    @Test func countsOffsetsInCodePoints() {
        let text = "Café 👍🏽 “é”, and “words of a quote”"
        let document = ExtractionPipeline(stages: [ParagraphSegmenter(), QuoteScanner()]).document(for: text)
        let last = try! #require(document.quotes.last)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[last.span.start..<last.span.end])) == "“words of a quote”")
    }
}
