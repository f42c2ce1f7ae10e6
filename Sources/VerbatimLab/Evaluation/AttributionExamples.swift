import VerbatimCore

/// The speaker choices of a gold corpus as training examples for `AttributionModel`: for every
/// extracted quotation of speech that matches a gold attribution with a Source, the features of
/// each candidate and whether it is right by protocol 2 (its mention overlaps the Source, or
/// the speaker it resolves to is the Source's text or has its surname). When no candidate is
/// right, "no speaker" is: a wrong name costs a reader more than none.
public struct AttributionExamples: Sendable {
    /// One quote's candidates: their features and which are right.
    public struct Example: Sendable {
        /// Each candidate's features, by `SpeakerFeature` number.
        public var features: [[Int]]
        /// Whether each candidate is right.
        public var isRight: [Bool]
        /// The index of the "no speaker" candidate.
        public var none: Int?

        /// An example of candidates with these features, of which those marked `isRight` are right.
        public init(features: [[Int]], isRight: [Bool], none: Int?) {
            self.features = features
            self.isRight = isRight
            self.none = none
        }
    }

    /// One example per quote that matches a gold attribution with a Source, in corpus order.
    public var examples: [Example] = []

    /// Runs the standard pipeline over the corpus, with `model` choosing the speakers (the
    /// candidates of a quote depend on what the quote before it was given).
    public init(corpus: GoldCorpus, model: AttributionModel, isInterrupted: () -> Bool = { false }) throws {
        let stages = ExtractionPipeline.standard.stages
        guard let chooserIndex = stages.firstIndex(where: { $0 is SpeakerChooser }) else { return }
        let chooser = SpeakerChooser(model: model)
        for article in corpus.documents {
            if isInterrupted() { throw CancellationError() }
            var document = Document(text: article.text)
            for stage in stages[..<chooserIndex] { stage.process(&document) }
            for choice in chooser.choose(in: &document) {
                let span = document.quotes[choice.quote].span
                guard let gold = QuoteEvaluation.match(for: span, among: article.quotes).map({ article.quotes[$0] })
                        ?? QuoteEvaluation.match(for: span, among: article.otherAttributions).map({ article.otherAttributions[$0] }),
                      !gold.sourceText.isEmpty else { continue }
                var isRight = choice.candidates.map { candidate in
                    guard let mention = candidate.attribution?.mention else { return false }
                    let quote = SystemQuote(span: span, speakerMention: mention,
                                            speaker: Self.speaker(of: candidate, forQuote: choice.quote, in: document))
                    return QuoteEvaluation.isRightlyAttributed(quote, gold)
                }
                let none = choice.candidates.firstIndex { $0.attribution == nil }
                if !isRight.contains(true), let none { isRight[none] = true }
                examples.append(Example(features: choice.candidates.map(\.features), isRight: isRight, none: none))
            }
        }
    }

    /// The speaker a candidate names once resolved as the pipeline resolves it ("he" is the
    /// person last named), so that a label agrees with what the scorer will see; a mention that
    /// resolves to nobody is judged by its own words.
    private static func speaker(of candidate: SpeakerCandidate, forQuote quote: Int, in document: Document) -> String? {
        guard let mention = candidate.attribution?.mention else { return nil }
        var trial = document
        trial.quotes[quote].attribution = candidate.attribution
        SpeakerResolver().process(&trial)
        return trial.quotes[quote].attribution?.speaker ?? document.text.string(mention)
    }

    /// The share of examples with a right candidate other than "no speaker": what a perfect
    /// chooser would reach.
    public var reachable: Double {
        guard !examples.isEmpty else { return 0 }
        let reachable = examples.filter { example in
            example.isRight.indices.contains { example.isRight[$0] && $0 != example.none }
        }
        return Double(reachable.count) / Double(examples.count)
    }

    /// The share of examples whose best candidate by `model` is right.
    public func accuracy(of model: AttributionModel) -> Double {
        guard !examples.isEmpty else { return 0 }
        let right = examples.filter { example in
            AttributionModel.highest(example.features.map(model.score)).map { example.isRight[$0] } ?? false
        }
        return Double(right.count) / Double(examples.count)
    }
}
