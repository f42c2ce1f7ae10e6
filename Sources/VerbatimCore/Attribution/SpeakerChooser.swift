/// Chooses each quotation's speaker mention, in text order, among the candidates
/// `SpeakerCandidates` proposes: the reporting clause the `Attributor` found, the attribution
/// carried over from the quote's neighbours, no speaker, and the other mentions around the
/// quote. An `AttributionModel` trained on gold attributions scores them; the best is chosen.
/// A speaker label before the quote or opening it ("PENCE: …") is taken as it is.
/// A quote's carried candidate is what the quote before it was given, so the choices are made
/// in order.
public struct SpeakerChooser: ExtractionStage {
    public var name: String { "speaker choice" }

    public var model: AttributionModel

    public init(model: AttributionModel = .standard) { self.model = model }

    public func process(_ document: inout Document) { _ = choose(in: &document) }

    /// Chooses every quotation of speech's attribution and returns the choices made, which is
    /// what the model is trained on.
    public func choose(in document: inout Document) -> [SpeakerChoice] {
        var choices: [SpeakerChoice] = []
        var previousSpeech: Int?
        for index in document.quotes.indices where document.quotes[index].kind.isSpeech {
            defer { previousSpeech = index }
            // A speaker label ("PENCE: …", "WALLACE:") names its quote's speaker outright.
            if document.quotes[index].attribution?.evidence == .label { continue }
            let candidates = SpeakerCandidates.of(index, previous: previousSpeech.map { document.quotes[$0] }, in: document)
            let chosen = model.best(candidates)
            document.quotes[index].attribution = chosen.flatMap { candidates[$0].attribution }
            choices.append(SpeakerChoice(quote: index, candidates: candidates, chosen: chosen))
        }
        return choices
    }
}

/// The candidates weighed for one quote, and the one chosen.
public struct SpeakerChoice: Sendable {
    /// The quote's index in the document.
    public var quote: Int
    /// The candidates weighed, in the order `SpeakerCandidates` proposes them.
    public var candidates: [SpeakerCandidate]
    /// The index of the candidate chosen in `candidates`; nil when there was none.
    public var chosen: Int?
}
