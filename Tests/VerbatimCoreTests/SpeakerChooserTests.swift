import Testing
@testable import VerbatimCore

/// The speaker chooser: numbered features, the model's weights table, and the choice among a
/// quote's candidates.
@Suite struct SpeakerChooserTests {
    /// The speakers of the quotes of speech in `text`, chosen by `model`.
    func speakers(_ text: String, model: AttributionModel) -> [String?] {
        ExtractionPipeline.standard.choosingSpeakers(with: model).extract(text).quotes.filter(\.kind.isSpeech).map(\.speaker)
    }

    /// A model that weighs one feature, by name.
    func model(weighing name: String, _ weight: Double) throws -> AttributionModel {
        let model = AttributionModel(table: "\(name)\t\(weight)")
        #expect(model.isTrained, "\(name) is a feature")
        return model
    }

    @Test func featureNamesAreUniqueAndReadBack() {
        let names = SpeakerFeature.names
        #expect(Set(names).count == names.count)
        #expect(names.contains("w.b.d0.name") && names.contains("r.after.k.partial") && names.contains("cue.said"))
        var weights = [Double](repeating: 0, count: SpeakerFeature.count)
        weights[3] = 1.5
        weights[names.count - 1] = -0.25
        let model = AttributionModel(weights: weights)
        #expect(AttributionModel(table: model.table).weights == weights)
    }

    @Test func featureNumbersAndNamesAgreeOnEvidenceAndKind() {
        // Names are filled in `allCases` order; numbers must follow the same order.
        let layout = SpeakerFeature.layout
        for evidence in Attribution.Evidence.allCases {
            for kind in QuoteKind.allCases {
                let number = layout.number(.sourceEvidenceKind, SpeakerFeature.Source.rule.rawValue,
                                           SpeakerFeature.index(evidence), SpeakerFeature.index(kind))
                #expect(SpeakerFeature.names[number] == "r.\(SpeakerFeature.name(evidence)).k.\(kind.rawValue)")
            }
        }
    }

    @Test func aWeightsTableSkipsWhatItCannotRead() {
        let model = AttributionModel(table: "# a comment\n\nw.b.first\tnan\nno.such.feature\t2\nw.b.first\t1\tx\nw.a.first\t0.5\n")
        #expect(model.table == "w.a.first\t0.5")
        #expect(AttributionModel.unreadLines(of: "# a comment\n\nw.b.first\tnan\nno.such.feature\t2\nw.b.first\t1\tx\nw.a.first\t0.5\n") == [3, 4, 5])
    }

    @Test func aWeightsTableReadsCRLFAndCRLines() {
        #expect(AttributionModel.unreadLines(of: "w.a.first\t1\r\nbad\r\n\r\nworse\rw.b.first\t2\u{2028}odd") == [2, 4, 6])
        let model = AttributionModel(table: "w.a.first\t0.5\r\nw.b.first\t-1\r\n\r\nnone\t2\rr\t3\r\n")
        #expect(model.table == "none\t2.0\nr\t3.0\nw.a.first\t0.5\nw.b.first\t-1.0")
    }

    @Test func theBuiltInWeightsAreAllFeaturesOfThisProgram() {
        // Renaming or dropping a feature without training again would silently lose weights.
        let lines = AttributionWeights.table.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(AttributionModel.standard.isTrained)
        #expect(lines.count == AttributionModel.standard.weights.filter { $0 != 0 }.count)
    }

    @Test func anUntrainedChooserKeepsTheReportingClauseAndCarriesItOver() {
        let text = """
        “We will rebuild the bridge next year,” said Mayor Elena Marsh. “The ferry will run until then.”

        Tomas Reyes disagreed: “It cannot carry the freight.”
        """
        #expect(speakers(text, model: AttributionModel()) == ["Elena Marsh", "Elena Marsh", "Tomas Reyes"])
    }

    @Test func theModelDecidesAmongTheMentionsAroundAQuote() throws {
        let text = "Tomas Reyes told reporters that Elena Marsh called the plan “a danger to the harbour and the town.”"
        // The sentence's first mention, weighed above every other candidate.
        #expect(speakers(text, model: try model(weighing: "w.b.first", 100)) == ["Tomas Reyes"])
        // No speaker, weighed above every other candidate.
        #expect(speakers(text, model: try model(weighing: "none", 100)) == [nil])
    }

    @Test func aSpeakerLabelIsTakenAsItIs() throws {
        let text = """
        Governor Mike Pence spoke to Chris Wallace on Sunday.

        "WALLACE: Will the mayor be there tomorrow night?

        "PENCE: She will not be attending the debate tomorrow night.
        """
        #expect(speakers(text, model: try model(weighing: "c", 100)) == ["Chris Wallace", "Mike Pence"])
    }

    @Test func theStandardModelNamesTheSpeakerOfAPartialQuote() {
        let text = "Harbor Commissioner Tomas Reyes, who has opposed the closure, called the plan “rushed” on Tuesday."
        #expect(ExtractionPipeline.standard.extract(text).quotes.map(\.speaker) == ["Tomas Reyes"])
    }
}
