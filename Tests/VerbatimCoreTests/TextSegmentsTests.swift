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
}
