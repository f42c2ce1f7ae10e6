/// A script that does not follow the command grammar.
public struct SyntaxError: Error, Hashable, Sendable {
    /// The 1-based line and column of the problem.
    public var line: Int
    public var column: Int
    public var message: String
    /// Whether more input could complete the text (an open quote, a trailing backslash).
    public var isIncomplete: Bool
}
