import Testing
@testable import VerbatimLab

/// The article-extraction benchmark's metric (shared/docs/article-body-evaluation.md).
@Suite struct BodyEvaluationTests {
    @Test func scoresBodiesByTheBenchmarkMetric() {
        var evaluation = BodyEvaluation()
        evaluation.add(name: "same", extracted: "one two three four five", truth: "one two three four five")
        evaluation.add(name: "half", extracted: "one two three four five six seven", truth: "one two three four five")
        evaluation.add(name: "empty", extracted: "", truth: "one two three four")
        #expect(BodyEvaluation.tokens("Kremlin’s sham_x, 2022!") == ["Kremlin", "s", "sham_x", "2022"])
        #expect(evaluation.pages.map(\.precision) == [1, 0.5, nil])
        #expect(evaluation.pages.map(\.recall) == [1, 1, 0])
        #expect(abs(evaluation.precision - 0.75) < 1e-9 && abs(evaluation.recall - 2.0 / 3) < 1e-9)
    }
}
