import Foundation
import Testing
import VerbatimCore
@testable import VerbatimLab

/// `compare-eval`'s labels files and scores.
@Suite struct ComparisonEvaluationTests {
    static let header = "pair\ta_file\ta_start\ta_end\tb_file\tb_start\tb_end\tsame\tverdict\tnote\n"

    @Test func readsLabelsAndNamesTheLineOfABadOne() throws {
        let pairs = try LabelledPair.read("# a comment\n" + Self.header + "1\tx\t0\t5\ty\t2\t9\tyes\taltered\tone word\n"
                                          + "2\tx\t0\t5\ty\t2\t9\tno\tdifferent\t\r\n", file: "labels.tsv")
        #expect(pairs.map(\.number) == [1, 2])
        #expect(pairs[0].verdict == .altered && pairs[1].verdict == nil)
        #expect(pairs[0].occurrence == LabelledPair.Place(article: "y", span: TextSpan(2, 9)))
        for (line, message) in [
            ("1\tx\t0\t5\ty\t2\t9\tmaybe\taltered\t", "same must be yes or no"),
            ("1\tx\t0\t5\ty\t2\t9\tno\taltered\t", "does not fit same=no"),
            ("1\tx\t0\t5\ty\t2\t9\tyes\tdifferent\t", "does not fit same=yes"),
            ("1\tx\t0\t5\ty\t2\t9\tyes\toriginal\t", "does not fit same=yes"),
            ("1\tx\t5\t5\ty\t2\t9\tyes\taltered\t", "must end after it starts"),
            ("1\tx\t-1\t5\ty\t2\t9\tyes\taltered\t", "must be a whole number"),
            ("1\tx\t0\t5", "expected 9 or 10"),
        ] {
            #expect(throws: LabelledPairError.self) { try LabelledPair.read(Self.header + line + "\n", file: "labels.tsv") }
            do {
                _ = try LabelledPair.read(Self.header + line + "\n", file: "labels.tsv")
            } catch let error as LabelledPairError {
                #expect(error.line == 2 && error.errorDescription?.hasPrefix("labels.tsv:2: ") == true)
                #expect(error.message.contains(message))
            }
        }
    }

    @Test func scoresEachVerdictAgainstTheLabels() throws {
        let statement = "The engineers told us the piers are failing faster than anyone expected"
        let occasion = " “Repairs will cost the harbour forty million dollars over six years,” Marsh added."
        let texts = ["“\(statement),” said Mayor Elena Marsh." + occasion,
                     "“\(statement.replacingOccurrences(of: "failing", with: "rotting")),” Marsh said." + occasion,
                     "“We will close the bridge in May and open the ferry by June,” said Tomas Reyes."]
        var session = Session()
        for (index, text) in texts.enumerated() {
            session.add(ArticleSource(file: "story\(index + 1).txt", date: "2026-03-0\(index + 1)", text: text))
        }
        let quote = { (article: Int) in TextSpan(0, Array(texts[article].unicodeScalars).firstIndex(of: "\u{201D}")! + 1) }
        func place(_ article: Int) -> LabelledPair.Place { LabelledPair.Place(article: "story\(article + 1)", span: quote(article)) }
        let pairs = [
            LabelledPair(number: 1, reference: place(0), occurrence: place(1), verdict: .altered),
            LabelledPair(number: 2, reference: place(0), occurrence: place(2), verdict: .misattributed),
            LabelledPair(number: 3, reference: place(1), occurrence: place(2), verdict: nil),
        ]
        let evaluation = ComparisonEvaluation(pairs: pairs, groups: QuoteMatcher(session).groups(), articles: session.articles)
        #expect(evaluation.outcomes.map(\.found) == [.altered, nil, nil])
        #expect(evaluation.counts(.altered) == (given: 1, right: 1, deserved: 1, found: 1))
        #expect(evaluation.counts(.misattributed) == (given: 0, right: 0, deserved: 1, found: 0))
        #expect(evaluation.accusatory == (given: 1, right: 1, deserved: 2, found: 1))
        #expect(evaluation.errors.map(\.pair.number) == [2])
    }

    @Test func judgesAPairAgainstItsEarlierOccurrenceWhenTheGroupUsedAnother() throws {
        // The group's reference is the first story; the pair is the second and third, and
        // "Though" for "Although" is a change between them, not a cut of the first.
        let occasion = "\n\n“That will be a horrible day,” Trump added. “Hillary wants to abolish the Second Amendment.”"
        let texts = ["“Although the Second Amendment people, maybe there is, I don't know. But I'll tell you what,” Trump said." + occasion,
                     "“Though the Second Amendment people, maybe there is, I don't know,” Trump said." + occasion,
                     "“Although the Second Amendment people, maybe there is, I don't know,” Trump said." + occasion]
        var session = Session()
        for (index, text) in texts.enumerated() {
            session.add(ArticleSource(file: "story\(index + 1).txt", date: "2026-03-0\(index + 1)", text: text))
        }
        let quote = { (article: Int) in TextSpan(0, Array(texts[article].unicodeScalars).firstIndex(of: "\u{201D}")! + 1) }
        func place(_ article: Int) -> LabelledPair.Place { LabelledPair.Place(article: "story\(article + 1)", span: quote(article)) }
        let matcher = QuoteMatcher(session)
        let pair = LabelledPair(number: 1, reference: place(1), occurrence: place(2), verdict: .altered)
        let evaluation = ComparisonEvaluation(pairs: [pair], groups: matcher.groups(), articles: session.articles,
                                              judge: ComparisonEvaluation.judge(with: matcher))
        #expect(evaluation.outcomes.map(\.found) == [.altered])
        // The group's own verdict (against the first story) without a judge.
        #expect(ComparisonEvaluation(pairs: [pair], groups: matcher.groups(), articles: session.articles).outcomes.map(\.found) == [.trimmed])
        // Judged directly, every rule holds: two stories that report nothing else in common.
        var alone = Session()
        for (index, text) in texts.enumerated() {
            let quote = text.components(separatedBy: "\n\n")[0]
            alone.add(ArticleSource(file: "story\(index + 1).txt", date: "2026-03-0\(index + 1)", text: index == 0 ? text : quote))
        }
        let aloneMatcher = QuoteMatcher(alone)
        #expect(ComparisonEvaluation(pairs: [pair], groups: aloneMatcher.groups(), articles: alone.articles,
                                     judge: ComparisonEvaluation.judge(with: aloneMatcher)).outcomes.map(\.found) == [.possible])
    }
}
