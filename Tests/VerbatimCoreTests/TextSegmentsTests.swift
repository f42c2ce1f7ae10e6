import Testing
@testable import VerbatimCore

/// Very long texts are extracted a piece at a time, so that memory stays bounded.
@Suite struct TextSegmentsTests {
    @Test func cutsAtLineBreaksThenSentenceEndsThenSpaces() {
        #expect(TextSegments.ranges(of: "short", limit: 10) == [0..<5])
        #expect(TextSegments.ranges(of: "", limit: 10) == [])
        // A line break in the second half of the limit wins over a later sentence end.
        #expect(TextSegments.ranges(of: "aaaaaa\nbb. cc dd", limit: 10) == [0..<7, 7..<16])
        #expect(TextSegments.ranges(of: "aaaaa bb. cc dd ee", limit: 10) == [0..<10, 10..<18])
        #expect(TextSegments.ranges(of: "aaaaaaa bbbbbbbbbb", limit: 10) == [0..<8, 8..<18])
        #expect(TextSegments.ranges(of: String(repeating: "x", count: 25), limit: 10) == [0..<10, 10..<20, 20..<25])
    }

    @Test func piecesCoverTheTextAndStayWithinTheLimit() {
        let text = String(repeating: "“We will rebuild the bridge,” said Elena Marsh. The council agreed.\n\n", count: 400)
        let ranges = TextSegments.ranges(of: text, limit: 1_000)
        #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == text.unicodeScalars.count)
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        #expect(ranges.allSatisfy { $0.count <= 1_000 })
    }

    /// Pieces cut at paragraph breaks give what the whole text gives, offsets into the whole.
    @Test func extractsALongTextPieceByPieceAsAWhole() {
        let paragraphs = (0..<60).map { "“We will rebuild bridge number \($0) before the winter,” said Mayor Elena Marsh on Tuesday." }
        let text = paragraphs.joined(separator: "\n\n")
        var pieceByPiece = ExtractionPipeline.standard
        pieceByPiece.segmentLimit = 1_000
        let whole = ExtractionPipeline.standard.extract(text)
        let pieces = pieceByPiece.extract(text)
        #expect(TextSegments.ranges(of: text, limit: 1_000).count > 5)
        #expect(pieces.quotes == whole.quotes && pieces.paragraphs == whole.paragraphs)
        #expect(pieces.speakers.map(\.name) == ["Elena Marsh"] && pieces.speakers.first?.quoteCount == 60)
        let scalars = Array(text.unicodeScalars)
        #expect(pieces.quotes.allSatisfy { String(String.UnicodeScalarView(scalars[$0.span.start..<$0.span.end])) == $0.text })
    }

    /// A speaker named in full in one piece and by surname in another is one, in the quotes too.
    @Test func givesQuotesOneNameForASpeakerAcrossPieces() {
        let filler = String(repeating: "The council met on Tuesday to discuss the budget for the coming year.\n", count: 30)
        let text = "John Smith, the mayor, opened the meeting.\n“We will win the race this year,” Smith said.\n"
            + filler + "“We lost the vote,” said Smith.\n"
        var pieceByPiece = ExtractionPipeline.standard
        pieceByPiece.segmentLimit = 1_000
        #expect(TextSegments.ranges(of: text, limit: 1_000).count > 1)
        let found = pieceByPiece.extract(text)
        #expect(found.quotes.filter(\.kind.isSpeech).map(\.speaker) == ["John Smith", "John Smith"])
        #expect(found.speakers.map(\.name) == ["John Smith"] && found.speakers.first?.quoteCount == 2)
    }

    /// No cut falls inside quotation marks, but at a line break.
    @Test func keepsAQuotationInOnePiece() {
        let sentence = "The council met on Tuesday to discuss the budget for the coming year. "
        let quotation = "“We will build the road. It will take many years and cost a great deal of money to finish,” said Mary Jones. "
        let text = String(repeating: sentence, count: 10) + quotation + String(repeating: sentence, count: 10)
        let limit = text.unicodeScalars.count / 2 + 40
        let cuts = TextSegments.ranges(of: text, limit: limit).dropFirst().map(\.lowerBound)
        let start = text.unicodeScalars.count - String(repeating: sentence, count: 10).unicodeScalars.count - quotation.unicodeScalars.count
        #expect(!cuts.contains { $0 > start && $0 < start + quotation.unicodeScalars.count }, "\(cuts) \(start)")
        var pieceByPiece = ExtractionPipeline.standard
        pieceByPiece.segmentLimit = limit
        #expect(pieceByPiece.extract(text).quotes == ExtractionPipeline.standard.extract(text).quotes)
    }
}
