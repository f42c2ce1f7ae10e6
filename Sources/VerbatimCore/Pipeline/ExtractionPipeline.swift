/// The ordered stages that turn an article's text into attributed quotes.
public struct ExtractionPipeline: Sendable {
    public var stages: [any ExtractionStage]

    public init(stages: [any ExtractionStage]) { self.stages = stages }

    /// Paragraphs, tokens, quote marks, house text, attribution, classification, speaker choice,
    /// speakers,
    /// fragments, embedded posts.
    public static let standard = ExtractionPipeline(stages: [
        ParagraphSegmenter(),
        QuoteScanner(),
        HouseTextFilter(),
        Attributor(),
        QuoteClassifier(),
        SpeakerChooser(),
        SpeakerResolver(),
        UnattributedFragmentFilter(),
        EmbeddedPostAttributor(),
    ])

    /// The pipeline with its speaker chooser weighing candidates by `model`.
    public func choosingSpeakers(with model: AttributionModel) -> ExtractionPipeline {
        ExtractionPipeline(stages: stages.map { $0 is SpeakerChooser ? SpeakerChooser(model: model) : $0 })
    }

    /// Runs every stage over `text` and the posts embedded in it.
    public func document(for text: String, embeddedPosts: [EmbeddedPost] = []) -> Document {
        var document = Document(text: text, embeddedPosts: embeddedPosts)
        for stage in stages { stage.process(&document) }
        return document
    }

    /// The quotes, paragraphs and speakers of `text` and the posts embedded in it.
    public func extract(_ text: String, embeddedPosts: [EmbeddedPost] = []) -> Extraction {
        Extraction(document(for: text, embeddedPosts: embeddedPosts))
    }
}

/// What extraction found in one article: its quotes (not yet numbered by a session),
/// paragraphs and speakers.
public struct Extraction: Sendable {
    public var paragraphs: [TextSpan]
    /// The quotes in text order; their `id` and `article` are empty until a session adds them.
    public var quotes: [Quote]
    public var speakers: [Speaker]

    public init(_ document: Document) {
        paragraphs = document.paragraphs
        speakers = document.speakers
        quotes = document.quotes.map { candidate in
            Quote(id: "", article: "", span: candidate.span, text: document.text.string(candidate.span), kind: candidate.kind,
                  speakerMention: candidate.attribution?.mention, speaker: candidate.attribution?.speaker,
                  cue: candidate.attribution?.cue)
        }
    }
}
