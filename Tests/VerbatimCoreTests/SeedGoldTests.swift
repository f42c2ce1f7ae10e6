import Foundation
import Testing
@testable import VerbatimCore

@Suite struct SeedGoldTests {
    @Test func printSeed() throws {
        let text = try String(contentsOfFile: "../shared/corpus/seed/text/blinken-sham-referenda.txt", encoding: .utf8)
        let extraction = ExtractionPipeline.standard.extract(text)
        for q in extraction.quotes {
            print(q.span.start, q.span.end, q.kind, q.speaker ?? "-", q.cue ?? "-", q.speakerMention.map { "\($0.start)-\($0.end)" } ?? "-", q.text.prefix(40))
        }
        print(extraction.speakers)
    }
}
