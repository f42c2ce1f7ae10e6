/// Reads the command language: the same grammar at the prompt and in scripts.
///
/// - Words are separated by spaces and tabs; `;` and line ends separate commands.
/// - `'…'` and `"…"` quote text; inside both, a backslash escapes the next character (`\n`,
///   `\t`, `\\`, `\'`, `\"`, `\$`). Variables are expanded inside double quotes only. Curly
///   quotes are ordinary characters.
/// - `#` at the start of a word comments out the rest of the line.
/// - A backslash at the end of a line continues the command on the next line.
/// - `$NAME`, `${NAME}`, `$1`…, `$#` and `$@` refer to variables and script arguments.
/// - `def NAME` … `end` (each on a command of its own) wraps the commands between into the
///   `def` command's body.
public struct ScriptParser {
    private let scalars: [Unicode.Scalar]
    /// The source's lines, for the commands' `lines`.
    private let sourceLines: [Substring]
    private let firstLine: Int
    private var offset = 0
    private var line: Int
    private var column = 1

    private init(_ source: String, firstLine: Int) {
        scalars = Array(source.unicodeScalars)
        // Split on the scalar, as lines are counted: "\r\n" is one Character, not "\n".
        sourceLines = source.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Substring.init)
        self.firstLine = firstLine
        line = firstLine
    }

    /// The commands of `source`, whose first line is numbered `firstLine`.
    public static func parse(_ source: String, firstLine: Int = 1) throws(SyntaxError) -> [ParsedCommand] {
        var parser = ScriptParser(source, firstLine: firstLine)
        return try foldingDefinitions(parser.commands())
    }

    /// The commands with each `def` … `end` made one `def` command holding the commands between.
    private static func foldingDefinitions(_ commands: [ParsedCommand]) throws(SyntaxError) -> [ParsedCommand] {
        var result: [ParsedCommand] = []
        var open: ParsedCommand?
        for command in commands {
            switch command.name {
            case "def":
                if let open {
                    throw SyntaxError(line: command.line, column: 1, message: "def cannot be nested: the def on line \(open.line) has no end yet",
                                      isIncomplete: false)
                }
                open = command
                open!.body = []
            case "end" where command.words.count == 1:
                guard let finished = open else {
                    throw SyntaxError(line: command.line, column: 1, message: "end without def", isIncomplete: false)
                }
                result.append(finished)
                open = nil
            default:
                if open != nil { open!.body!.append(command) } else { result.append(command) }
            }
        }
        if let open {
            let name = open.words.dropFirst().first?.literalText ?? ""
            throw SyntaxError(line: open.line, column: 1, message: "def \(name) is never closed by end", isIncomplete: true)
        }
        return result
    }

    private var current: Unicode.Scalar? { offset < scalars.count ? scalars[offset] : nil }

    private mutating func advance() {
        if scalars[offset] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        offset += 1
    }

    private func error(_ message: String, line: Int? = nil, column: Int? = nil, incomplete: Bool = false) -> SyntaxError {
        SyntaxError(line: line ?? self.line, column: column ?? self.column, message: message, isIncomplete: incomplete)
    }

    private mutating func commands() throws(SyntaxError) -> [ParsedCommand] {
        var commands: [ParsedCommand] = []
        var words: [ShellWord] = []
        var startLine = line
        var endLine = line
        func endCommand() {
            if !words.isEmpty {
                let lines = sourceLines[(startLine - firstLine)...(endLine - firstLine)].map(String.init)
                commands.append(ParsedCommand(words: words, line: startLine, lines: lines))
            }
            words = []
        }
        while let scalar = current {
            switch scalar {
            case " ", "\t", "\r":
                advance()
            case "\n", ";":
                advance()
                endCommand()
            case "#":
                while let next = current, next != "\n" { advance() }
            case "\\" where offset + 1 < scalars.count && scalars[offset + 1] == "\n":
                advance()
                advance()
                try expectContinuation()
            default:
                if words.isEmpty { startLine = line }
                words.append(try word())
                endLine = line
            }
        }
        endCommand()
        return commands
    }

    /// After a backslash and a line end, the command must go on.
    private func expectContinuation() throws(SyntaxError) {
        guard current == nil else { return }
        throw error("a backslash at the end of the last line continues the command onto nothing", incomplete: true)
    }

    /// One word: runs of plain text, quoted strings and variables with no space between them.
    private mutating func word() throws(SyntaxError) -> ShellWord {
        let (startLine, startColumn) = (line, column)
        var parts: [ShellWord.Part] = []
        var text = ""
        func flush() {
            if !text.isEmpty { parts.append(.literal(text)) }
            text = ""
        }
        var sawQuotes = false
        while let scalar = current {
            switch scalar {
            case " ", "\t", "\r", "\n", ";":
                flush()
                return ShellWord(sawQuotes && parts.isEmpty ? [.literal("")] : parts, line: startLine, column: startColumn)
            case "\\":
                let (escapeLine, escapeColumn) = (line, column)
                advance()
                guard let next = current else {
                    throw error("a backslash ends the input", line: escapeLine, column: escapeColumn, incomplete: true)
                }
                if next != "\n" { text.unicodeScalars.append(next) }
                advance()
                if next == "\n" { try expectContinuation() }
            case "'", "\"":
                sawQuotes = true
                flush()
                parts += try quoted(by: scalar)
            case "$":
                flush()
                parts.append(try variable(quoted: false))
            default:
                text.unicodeScalars.append(scalar)
                advance()
            }
        }
        flush()
        return ShellWord(sawQuotes && parts.isEmpty ? [.literal("")] : parts, line: startLine, column: startColumn)
    }

    /// A quoted string opened by `quote`; variables expand only between double quotes.
    private mutating func quoted(by quote: Unicode.Scalar) throws(SyntaxError) -> [ShellWord.Part] {
        let (openLine, openColumn) = (line, column)
        advance()
        var parts: [ShellWord.Part] = []
        var text = ""
        while let scalar = current {
            if scalar == quote {
                advance()
                if !text.isEmpty || parts.isEmpty { parts.append(.literal(text)) }
                return parts
            }
            if scalar == "\\" {
                advance()
                guard let next = current else { break }
                switch next {
                case "n": text += "\n"
                case "t": text += "\t"
                case "\\", "'", "\"", "$": text.unicodeScalars.append(next)
                case "\n": break
                default:
                    text += "\\"
                    text.unicodeScalars.append(next)
                }
                advance()
            } else if scalar == "$", quote == "\"" {
                if !text.isEmpty { parts.append(.literal(text)) }
                text = ""
                parts.append(try variable(quoted: true))
            } else {
                text.unicodeScalars.append(scalar)
                advance()
            }
        }
        let name = quote == "'" ? "single" : "double"
        throw error("the \(name) quote opened here is never closed", line: openLine, column: openColumn, incomplete: true)
    }

    /// `$NAME`, `${NAME}`, `$1`, `$#`, `$@`; a lone `$` is literal.
    private mutating func variable(quoted: Bool) throws(SyntaxError) -> ShellWord.Part {
        let (startLine, startColumn) = (line, column)
        advance()
        guard let first = current else { return .literal("$") }
        if first == "#" || first == "@" {
            advance()
            return .variable(String(first), quoted: quoted)
        }
        if first == "{" {
            advance()
            var name = ""
            while let scalar = current, scalar != "}", scalar != "\n" {
                guard Self.isNameScalar(scalar) else {
                    throw error("\"\(scalar)\" cannot be part of a variable name", incomplete: false)
                }
                name.unicodeScalars.append(scalar)
                advance()
            }
            guard current == "}" else {
                throw error("${ is never closed by }", line: startLine, column: startColumn, incomplete: false)
            }
            advance()
            guard !name.isEmpty else { throw error("${} names no variable", line: startLine, column: startColumn) }
            return .variable(name, quoted: quoted)
        }
        if first.properties.numericType != nil, first.isASCII {
            var digits = ""
            while let scalar = current, scalar.isASCII, scalar.properties.numericType != nil {
                digits.unicodeScalars.append(scalar)
                advance()
            }
            return .variable(digits, quoted: quoted)
        }
        guard Self.isNameScalar(first) else { return .literal("$") }
        var name = ""
        while let scalar = current, Self.isNameScalar(scalar) {
            name.unicodeScalars.append(scalar)
            advance()
        }
        return .variable(name, quoted: quoted)
    }

    static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || (scalar.isASCII && scalar.properties.isAlphabetic) || ("0"..."9").contains(scalar)
    }
}
