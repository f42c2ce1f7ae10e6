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

    @Test func learnsWhichFeatureMarksTheRightCandidate() throws {
        let model = try AveragedPerceptron(epochs: 3).train(examples(right: 5, wrong: 9))
        #expect(model.weights[5] > model.weights[9])
        #expect(model.best([SpeakerCandidate(attribution: nil, features: [9]), SpeakerCandidate(attribution: nil, features: [5])]) == 1)
        // The same examples and seed give the same weights.
        #expect(try AveragedPerceptron(epochs: 3).train(examples(right: 5, wrong: 9)).weights == model.weights)
    }

    @Test func trainingStopsWhenInterrupted() {
        // Ctrl-C must stop `train-attribution --epochs 100000000`, not only the corpus reading.
        var passes = 0
        #expect(throws: CancellationError.self) {
            _ = try AveragedPerceptron(epochs: 100_000_000).train(examples(right: 5, wrong: 9)) {
                passes += 1
                return passes > 3
            }
        }
        #expect(passes == 4)
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

    @Test func trainingOnNoExamplesWritesNoWeights() throws {
        // The gold attribution has no Source: there is nothing to learn, and an empty table
        // must not replace the weights file.
        let annotations = BridgeCorpus.entity(1, "Content", HarborCorpus.marshContent, in: HarborCorpus.text) + "\nE1\tContent:T1\n"
        let corpus = try BridgeCorpus.write(article: "harbor", text: HarborCorpus.text, annotations: annotations)
        let weights = corpus + "/weights.tsv"
        try "w.b.first\t1\n".write(toFile: weights, atomically: true, encoding: .utf8)
        let run = LabCommandTests.Run("train-attribution \(corpus) --to \(weights)")
        #expect(run.status == 1 && run.errors.contains("nothing to train on"), "\(run.errors)")
        #expect(try String(contentsOfFile: weights, encoding: .utf8) == "w.b.first\t1\n")
    }

    @Test func evalWarnsOfWeightsItCannotRead() throws {
        // A weights file from an older program names features this one no longer has.
        let corpus = try HarborCorpus.write()
        let weights = corpus + "/weights.tsv"
        try "# trained long ago\nw.b.first\t1\r\nw.b.gone\t2\r\n\r\nnone\tnan\n".write(toFile: weights, atomically: true, encoding: .utf8)
        let run = LabCommandTests.Run("eval \(corpus) --weights \(weights)")
        #expect(run.status == 0)
        #expect(run.errors.contains("skipped 2 lines that set no weight of this program's features (line 3, 5)"), "\(run.errors)")
    }

    @Test func evalRefusesABinaryWeightsFileThatHoldsATable() throws {
        // A program holds its built-in table's text among bytes that are not UTF-8.
        let corpus = try HarborCorpus.write()
        let weights = corpus + "/weights.bin"
        try (Data([0x7F, 0x45, 0x4C, 0x46, 0xFF, 0x00, 0x0A]) + Data("w.b.first\t1\n".utf8) + Data([0xC3, 0x00]))
            .write(to: URL(fileURLWithPath: weights))
        let refused = LabCommandTests.Run("eval \(corpus) --weights \(weights)")
        #expect(refused.status == 1 && refused.errors.contains("is not valid UTF-8 text"), "\(refused.errors)")
    }
}
