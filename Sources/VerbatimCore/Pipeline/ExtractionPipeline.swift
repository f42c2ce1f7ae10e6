/// The ordered stages that turn an article's text into attributed quotes.
public struct ExtractionPipeline: Sendable {
    public var stages: [any ExtractionStage]
    /// The most code points extracted at once (`TextSegments`).
    public var segmentLimit = TextSegments.limit

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
        var pipeline = self
        pipeline.stages = stages.map { $0 is SpeakerChooser ? SpeakerChooser(model: model) : $0 }
        return pipeline
    }

    /// Runs every stage over `text` and the posts embedded in it.
    public func document(for text: String, embeddedPosts: [EmbeddedPost] = []) -> Document {
        var document = Document(text: text, embeddedPosts: embeddedPosts)
        for stage in stages { stage.process(&document) }
        return document
    }

    /// The quotes, paragraphs and speakers of `text` and the posts embedded in it. A text
    /// longer than `segmentLimit` is extracted a piece at a time (see `TextSegments`),
    /// so that memory stays bounded whatever its length.
    public func extract(_ text: String, embeddedPosts: [EmbeddedPost] = []) -> Extraction {
        // No more bytes than the limit means no more code points either: nearly every text.
        let pieces = text.utf8.count <= segmentLimit ? [] : TextSegments.ranges(of: text, limit: segmentLimit)
        guard pieces.count > 1 else { return Extraction(document(for: text, embeddedPosts: embeddedPosts)) }
        var whole = Extraction(paragraphs: [], quotes: [], speakers: [])
        var scalars = text.unicodeScalars.startIndex
        for piece in pieces {
            let start = scalars
            scalars = text.unicodeScalars.index(scalars, offsetBy: piece.count)
            let posts = embeddedPosts.filter { piece.contains($0.span.start) && $0.span.end <= piece.upperBound }.map { post in
                var post = post
                post.span = TextSpan(post.span.start - piece.lowerBound, post.span.end - piece.lowerBound)
                return post
            }
            whole.append(extract(String(text.unicodeScalars[start..<scalars]), embeddedPosts: posts), at: piece.lowerBound)
        }
        whole.settleSpeakers()
        return whole
    }
}

/// What extraction found in one article: its quotes (not yet numbered by a session),
/// paragraphs and speakers.
public struct Extraction: Sendable {
    public var paragraphs: [TextSpan]
    /// The quotes in text order; their `id` and `article` are empty until a session adds them.
    public var quotes: [Quote]
    public var speakers: [Speaker]

    public init(paragraphs: [TextSpan], quotes: [Quote], speakers: [Speaker]) {
        self.paragraphs = paragraphs
        self.quotes = quotes
        self.speakers = speakers
    }

    /// Adds what was found in a piece of the text that starts at code point `offset`.
    mutating func append(_ piece: Extraction, at offset: Int) {
        func shifted(_ span: TextSpan) -> TextSpan { TextSpan(span.start + offset, span.end + offset) }
        paragraphs += piece.paragraphs.map(shifted)
        quotes += piece.quotes.map { quote in
            var quote = quote
            quote.span = shifted(quote.span)
            quote.speakerMention = quote.speakerMention.map(shifted)
            return quote
        }
        speakers += piece.speakers
    }

    /// One record per speaker across the pieces, as across articles ("Smith" in one piece
    /// and "John Smith" in another are one), and each quote given its record's name.
    mutating func settleSpeakers() {
        let index = SpeakerIndex(merging: speakers)
        var names: [String: String] = [:]
        for quote in quotes.indices {
            guard let name = quotes[quote].speaker else { continue }
            if names[name] == nil { names[name] = index.match(name).map { index.speakers[$0].name } ?? name }
            quotes[quote].speaker = names[name]
        }
        speakers = index.speakers
    }

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
