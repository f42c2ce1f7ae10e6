/// Why a quotation cannot be traced.
public enum ComparisonError: Error, Equatable, Sendable {
    /// No quote of the compared articles has this id (or it is too short to trace).
    case quoteNotFound(String)
    /// The words to trace are fewer than `QuoteMatcher.shortestQuote`.
    case tooShort(Int)
    /// The article to judge against carries none of the occurrences.
    case noOccurrence(String)

    public var message: String {
        switch self {
        case .quoteNotFound(let id): "no quote \(id) of \(QuoteMatcher.shortestQuote) words or more to trace"
        case .tooShort(let count): "\(count) words are too few to trace: give at least \(QuoteMatcher.shortestQuote)"
        case .noOccurrence(let article): "\(article) does not quote these words"
        }
    }
}
