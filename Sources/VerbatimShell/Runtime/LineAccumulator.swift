/// Gathers lines typed at the prompt or read from standard input until they form whole
/// commands (a quote left open or a trailing backslash asks for more).
struct LineAccumulator: Sendable {
    private var pending = ""
    private var firstLine = 1
    private var nextLine = 1
    /// Whether each entry's lines are numbered from 1 (at the prompt) rather than counted
    /// through the whole input (standard input).
    private let numbersEachEntryFromOne: Bool

    init(numbersEachEntryFromOne: Bool = false) {
        self.numbersEachEntryFromOne = numbersEachEntryFromOne
    }

    /// A syntax error, with the text it was found in.
    struct Failure: Error {
        var failure: SyntaxError
        var text: String
        var firstLine: Int
    }

    /// Whether earlier lines are waiting for their end.
    var isWaiting: Bool { !pending.isEmpty }

    /// Adds a line (without its newline). Returns the commands it completes, none while more
    /// input is needed; a syntax error is thrown and the pending text dropped.
    mutating func add(_ line: String) throws(Failure) -> [ParsedCommand] {
        if pending.isEmpty { firstLine = numbersEachEntryFromOne ? 1 : nextLine }
        nextLine += 1
        pending += line + "\n"
        do {
            let commands = try ScriptParser.parse(pending, firstLine: firstLine)
            pending = ""
            return commands
        } catch where error.isIncomplete {
            return []
        } catch {
            defer { pending = "" }
            throw Failure(failure: error, text: pending, firstLine: firstLine)
        }
    }

    /// Drops lines waiting for their end (Ctrl-C at a continuation prompt).
    mutating func discard() { pending = "" }

    /// Ends the input: an open quote or continuation is then an error.
    mutating func finish() throws(Failure) {
        guard !pending.isEmpty else { return }
        defer { pending = "" }
        do {
            _ = try ScriptParser.parse(pending, firstLine: firstLine)
        } catch {
            throw Failure(failure: error, text: pending, firstLine: firstLine)
        }
    }
}
