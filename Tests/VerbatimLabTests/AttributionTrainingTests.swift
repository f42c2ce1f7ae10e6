import Foundation
import Testing
import VerbatimCore
import VerbatimLab

/// Training the speaker chooser: the averaged perceptron, the examples a corpus gives, and the
/// `train-attribution` and `eval --weights` commands.
@Suite struct AttributionTrainingTests {
    /// Examples where the right candidate is the one with feature `right`, listed second or first.
    func examples(right: Int, wrong: Int) -> [AttributionExamples.Example] {
        (0..<20).map { index in
            let rightFirst = index % 2 == 0
            return AttributionExamples.Example(features: rightFirst ? [[right, 7], [wrong, 7]] : [[wrong, 7], [right, 7]],
                                               isRight: rightFirst ? [true, false] : [false, true], none: nil)
        }
    }

    @Test func learnsWhichFeatureMarksTheRightCandidate() {
        let model = AveragedPerceptron(epochs: 3).train(examples(right: 5, wrong: 9))
        #expect(model.weights[5] > model.weights[9])
        #expect(model.best([SpeakerCandidate(attribution: nil, features: [9]), SpeakerCandidate(attribution: nil, features: [5])]) == 1)
        // The same examples and seed give the same weights.
        #expect(AveragedPerceptron(epochs: 3).train(examples(right: 5, wrong: 9)).weights == model.weights)
    }

    @Test func labelsTheCandidatesOfACorpusByTheGoldSource() throws {
        let corpus = try GoldCorpus(folder: try HarborCorpus.write())
        let examples = try AttributionExamples(corpus: corpus, model: AttributionModel())
        // The three quotes match gold attributions; each has a right candidate.
        #expect(examples.examples.count == 3)
        #expect(examples.examples.allSatisfy { $0.isRight.contains(true) && $0.features.count == $0.isRight.count })
        #expect(examples.reachable == 1)
        // "he" is right for the gold "Reyes": it resolves to Tomas Reyes, as the scorer sees it.
        #expect(examples.accuracy(of: AttributionModel()) == 1)
    }

    @Test func trainsWeightsThatEvalReads() throws {
        // The bridge corpus's gold gives Reyes's quote to Ana Ferreira, named the sentence before.
        let corpus = try BridgeCorpus.write()
        let weights = corpus + "/weights.tsv"
        let training = LabCommandTests.Run("train-attribution \(corpus) --epochs 2 --to \(weights) --format json")
        #expect(training.status == 0, "\(training.errors)")
        let row = try #require((try JSONSerialization.jsonObject(with: Data(training.output.utf8)) as? [[String: Any]])?.first)
        #expect(row["examples"] as? Int == 2 && row["reachable"] as? Double == 1)
        #expect((row["train_accuracy"] as? Double ?? 0) >= (row["rule_accuracy"] as? Double ?? 1))
        let table = try String(contentsOfFile: weights, encoding: .utf8)
        #expect(AttributionModel(table: table).isTrained)
        #expect(LabCommandTests.Run("eval \(corpus) --weights \(weights)").status == 0)
        try "# nothing\n".write(toFile: weights, atomically: true, encoding: .utf8)
        let refused = LabCommandTests.Run("eval \(corpus) --weights \(weights)")
        #expect(refused.status == 1 && refused.errors.contains("holds no weights"))
        #expect(LabCommandTests.Run("train-attribution \(corpus) --epochs 0").status == 2)
        // Where the untrained chooser is always right there is nothing to learn.
        let nothing = LabCommandTests.Run("train-attribution \(try HarborCorpus.write())")
        #expect(nothing.status == 1 && nothing.errors.contains("learnt no weights"))
    }
}
