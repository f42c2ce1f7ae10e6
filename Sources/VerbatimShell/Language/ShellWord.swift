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
    /// Where the word starts in its script: 1-based line and column (in characters).
    public var line: Int
    public var column: Int

    public init(_ parts: [Part], line: Int = 1, column: Int = 1) {
        self.parts = parts
        self.line = line
        self.column = column
    }

    /// A word of plain text.
    public static func literal(_ text: String) -> ShellWord { ShellWord([.literal(text)]) }

    /// The word as written, its variables as `$NAME`.
    public var written: String {
        parts.map { part in
            switch part {
            case .literal(let text): text
            case .variable(let name, _): "$" + name
            }
        }.joined()
    }

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

/// One command of a script: its words, the line it starts on and the lines it is written on.
public struct ParsedCommand: Hashable, Sendable {
    public var words: [ShellWord]
    /// The 1-based line of the script where the command starts.
    public var line: Int
    /// The whole lines of the script the command is written on, from `line` on, for error
    /// reports that show where it went wrong.
    public var lines: [String]
    /// For `def NAME` … `end`, the commands between, as written; nil for other commands.
    public var body: [ParsedCommand]?

    public init(words: [ShellWord], line: Int, lines: [String] = [], body: [ParsedCommand]? = nil) {
        self.words = words
        self.line = line
        self.lines = lines
        self.body = body
    }

    /// The text of script line `number`, when the command is written on it.
    public func text(ofLine number: Int) -> String? {
        let index = number - line
        return lines.indices.contains(index) ? lines[index] : nil
    }

    /// The command's name when it is written plainly.
    var name: String? { words.first?.literalText }
}
