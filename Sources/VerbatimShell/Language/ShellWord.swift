/// One word of a command as written, before variables are expanded.
public struct ShellWord: Hashable, Sendable {
    /// A piece of a word.
    public enum Part: Hashable, Sendable {
        /// Text taken as it is.
        case literal(String)
        /// `$NAME`, `${NAME}`, `$1`, `$#` or `$@`; `quoted` when inside double quotes.
        case variable(String, quoted: Bool)
    }

    public var parts: [Part]

    public init(_ parts: [Part]) { self.parts = parts }

    /// A word of plain text.
    public static func literal(_ text: String) -> ShellWord { ShellWord([.literal(text)]) }

    /// The word's text when it holds no variables.
    public var literalText: String? {
        var text = ""
        for part in parts {
            guard case .literal(let piece) = part else { return nil }
            text += piece
        }
        return text
    }
}

/// One command of a script: its words and the line it starts on.
public struct ParsedCommand: Hashable, Sendable {
    public var words: [ShellWord]
    /// The 1-based line of the script where the command starts.
    public var line: Int
    /// For `def NAME` … `end`, the commands between, as written; nil for other commands.
    public var body: [ParsedCommand]?

    public init(words: [ShellWord], line: Int, body: [ParsedCommand]? = nil) {
        self.words = words
        self.line = line
        self.body = body
    }

    /// The command's name when it is written plainly.
    var name: String? { words.first?.literalText }
}
