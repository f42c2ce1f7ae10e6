/// The ordered stages that turn an article's text into attributed quotes.
public struct ExtractionPipeline: Sendable {
    public var stages: [any ExtractionStage]

    public init(stages: [any ExtractionStage]) { self.stages = stages }

    /// Paragraphs, tokens, quote marks, attribution, classification, speakers, fragments.
    public static let standard = ExtractionPipeline(stages: [
        ParagraphSegmenter(),
        QuoteScanner(),
        Attributor(),
        QuoteClassifier(),
        SpeakerResolver(),
        UnattributedFragmentFilter(),
    ])

    /// Runs every stage over `text`.
    public func document(for text: String) -> Document {
        var document = Document(text: text)
        for stage in stages { stage.process(&document) }
        return document
    }

    /// The quotes, paragraphs and speakers of `text`.
    public func extract(_ text: String) -> Extraction {
        Extraction(document(for: text))
    }
}

/// What extraction found in one article.
public struct Extraction: Sendable {
    public struct FoundQuote: Hashable, Sendable {
        public var span: TextSpan
        public var text: String
        public var kind: QuoteKind
        public var speakerMention: TextSpan?
        public var speaker: String?
        public var cue: String?
    }

    public var paragraphs: [TextSpan]
    public var quotes: [FoundQuote]
    public var speakers: [Speaker]

    /// Gives each quotation inside an embedded post that names no speaker the post's author.
    public mutating func attribute(to posts: [EmbeddedPost]) {
        for post in posts {
            guard let author = post.author else { continue }
            for index in quotes.indices where quotes[index].speakerMention == nil && quotes[index].kind.isSpeech
                && post.span.start <= quotes[index].span.start && quotes[index].span.end <= post.span.end {
                quotes[index].speaker = author
                quotes[index].cue = quotes[index].cue ?? "posted"
                let entry = SpeakerDirectory.add(Speaker(name: author, aliases: post.handle.map { [$0] } ?? []), to: &speakers)
                speakers[entry].quoteCount += 1
            }
        }
    }

    public init(_ document: Document) {
        paragraphs = document.paragraphs
        speakers = document.speakers
        quotes = document.quotes.map { candidate in
            FoundQuote(
                span: candidate.span, text: document.text.string(candidate.span), kind: candidate.kind,
                speakerMention: candidate.attribution?.mention, speaker: candidate.attribution?.speaker,
                cue: candidate.attribution?.cue)
        }
    }
}
