/// Gathers lines typed at the prompt or read from standard input until they form whole
/// commands (a quote left open or a trailing backslash asks for more).
public struct LineAccumulator: Sendable {
    private var pending = ""
    private var firstLine = 1
    private var nextLine = 1

    public init() {}

    /// Whether earlier lines are waiting for their end.
    public var isWaiting: Bool { !pending.isEmpty }

    /// Adds a line (without its newline). Returns the commands it completes, none while more
    /// input is needed; a syntax error is thrown and the pending text dropped.
    public mutating func add(_ line: String) throws(SyntaxError) -> [ParsedCommand] {
        if pending.isEmpty { firstLine = nextLine }
        nextLine += 1
        pending += line + "\n"
        do {
            let commands = try ScriptParser.parse(pending, firstLine: firstLine)
            pending = ""
            return commands
        } catch where error.isIncomplete {
            return []
        } catch {
            pending = ""
            throw error
        }
    }

    /// Drops lines waiting for their end (Ctrl-C at a continuation prompt).
    public mutating func discard() { pending = "" }

    /// Ends the input: an open quote or continuation is then an error.
    public mutating func finish() throws(SyntaxError) {
        guard !pending.isEmpty else { return }
        defer { pending = "" }
        _ = try ScriptParser.parse(pending, firstLine: firstLine)
    }
}
