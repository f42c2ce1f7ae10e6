/// Short quotes that nobody is found to have said are taken for scare quotes: a phrase of a few
/// words in quote marks, with no reporting clause before or after it and no speaker to carry
/// over, is far more often the writer's distance from the words than someone's speech.
public struct UnattributedFragmentFilter: ExtractionStage {
    public var name: String { "fragments" }

    /// Unattributed quotes of fewer words than this are scare quotes.
    static let shortestUnattributedSpeech = 6

    public init() {}

    public func process(_ document: inout Document) {
        for index in document.quotes.indices where document.quotes[index].kind.isSpeech {
            let quote = document.quotes[index]
            guard quote.attribution?.speaker == nil, quote.attribution?.mention == nil, !quote.continuesPrevious else { continue }
            let words = document.tokens(in: quote.content, paragraph: quote.paragraph).lazy.filter(\.isWord).count
            if words < Self.shortestUnattributedSpeech { document.quotes[index].kind = .scare }
        }
    }
}
