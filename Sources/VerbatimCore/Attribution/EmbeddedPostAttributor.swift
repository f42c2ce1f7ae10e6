/// Gives each quotation inside an embedded post that names no speaker the post's author
/// ("posted"), who joins the document's speakers.
public struct EmbeddedPostAttributor: ExtractionStage {
    public var name: String { "embedded posts" }

    public init() {}

    public func process(_ document: inout Document) {
        for post in document.embeddedPosts {
            guard let author = post.author else { continue }
            for index in document.quotes.indices {
                let quote = document.quotes[index]
                guard quote.kind.isSpeech, quote.attribution?.mention == nil,
                      post.span.start <= quote.span.start, quote.span.end <= post.span.end else { continue }
                document.quotes[index].attribution = Attribution(
                    mention: nil, speaker: author, cue: quote.attribution?.cue ?? "posted", evidence: .embeddedPost)
                let entry = SpeakerDirectory.add(Speaker(name: author, aliases: post.handle.map { [$0] } ?? []), to: &document.speakers)
                document.speakers[entry].quoteCount += 1
            }
        }
    }
}
