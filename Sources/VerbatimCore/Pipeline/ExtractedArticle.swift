/// An article's source with what extraction found in it, before a session numbers its
/// quotes: the work of `Session.add` that needs no session, so that it can run on any thread.
public struct ExtractedArticle: Sendable {
    /// The source, its date and outlet written one way (ISO 8601 dates, outlets as names), so
    /// that sources are put in time order by comparing them.
    public var source: ArticleSource
    public var extraction: Extraction

    public init(_ source: ArticleSource, pipeline: ExtractionPipeline = .standard) {
        var source = source
        source.date = source.date.map(PublicationDate.normalized)
        source.outlet = source.outlet.map(OutletName.normalized)
        self.source = source
        extraction = pipeline.extract(source.text, embeddedPosts: source.embeddedPosts)
    }

    /// `sources` extracted on up to `jobs` threads at once, in their order; the result does
    /// not depend on `jobs`.
    public static func extracting(_ sources: [ArticleSource], pipeline: ExtractionPipeline = .standard, jobs: Int) -> [ExtractedArticle] {
        sources.parallelMap(jobs: jobs) { ExtractedArticle($0, pipeline: pipeline) }
    }
}
