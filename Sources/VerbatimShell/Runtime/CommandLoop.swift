import Foundation

/// The one loop that runs commands, for scripts, `-c`, standard input and the prompt alike:
/// each command in order, each failure reported as a `Diagnostic` on standard error, the rest
/// skipped after a failure unless told to keep going. `exit` is thrown to whoever runs the loop.
public struct CommandLoop {
    public let shell: Shell
    /// The script errors are reported against; nil at the prompt.
    public var file: String?
    /// Whether to go on after a failed command.
    public var keepGoing: Bool
    /// Lines waiting for the end of their command (prompt and standard input).
    private var accumulator: LineAccumulator

    /// A loop reporting against `file`. At the prompt (`file` nil) each entry's lines are
    /// numbered from 1, as they are shown.
    public init(shell: Shell, file: String?, keepGoing: Bool = false) {
        self.shell = shell
        self.file = file
        self.keepGoing = keepGoing
        accumulator = LineAccumulator(numbersEachEntryFromOne: file == nil)
    }

    /// Runs `commands`. Returns 0, or the status of the failure that stopped them (of the last
    /// one, when keeping going).
    public func run(_ commands: [ParsedCommand]) throws(ShellError) -> Int32 {
        let savedFile = shell.currentFile
        shell.currentFile = file ?? "<prompt>"
        defer { shell.currentFile = savedFile }
        var status: Int32 = 0
        for command in commands {
            guard let failure = try attempt(command) else { continue }
            status = failure
            if !keepGoing { return status }
        }
        return status
    }

    /// Parses and runs a whole script; a syntax error is reported and returns 2.
    public func run(source: String) throws(ShellError) -> Int32 {
        let commands: [ParsedCommand]
        do {
            commands = try ScriptParser.parse(source)
        } catch {
            shell.report(Diagnostic(error, in: source, file: file))
            return 2
        }
        return try run(commands)
    }

    /// Whether earlier lines wait for the end of their command (an open quote, a trailing `\`).
    public var isWaiting: Bool { accumulator.isWaiting }

    /// Takes one line of input and runs the commands it completes. Returns their status (2
    /// for a syntax error, which is reported).
    public mutating func feed(_ line: String) throws(ShellError) -> Int32 {
        let commands: [ParsedCommand]
        do {
            commands = try accumulator.add(line)
        } catch {
            shell.report(Diagnostic(error.failure, in: error.text, firstLine: error.firstLine, file: file))
            return 2
        }
        return try run(commands)
    }

    /// Drops lines waiting for their end (Ctrl-C at a continuation prompt).
    public mutating func discard() { accumulator.discard() }

    /// Ends the input: a command left open is a syntax error, reported, and returns 2.
    public mutating func finish() -> Int32 {
        do {
            try accumulator.finish()
            return 0
        } catch {
            shell.report(Diagnostic(error.failure, in: error.text, firstLine: error.firstLine, file: file))
            return 2
        }
    }

    /// Runs one command; returns the status of its failure, which is reported, or nil.
    private func attempt(_ command: ParsedCommand) throws(ShellError) -> Int32? {
        // Timed when timing was on as the command started (so not "option timing on" itself).
        let started = ContinuousClock.now, timed = shell.options.timing
        defer {
            if timed {
                let elapsed = ContinuousClock.now - started
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                shell.writeError("time: \(String(format: "%.3f", seconds)) s\n")
            }
        }
        let paging = shell.beginPaging()
        let failure: (any Error)?
        do {
            if shell.isInterrupted() { throw ShellError.interrupted }
            try shell.execute(command)
            failure = nil
        } catch {
            failure = error
        }
        // What the command wrote comes before its error.
        if paging { shell.endPaging() }
        guard let failure else { return nil }
        if let error = failure as? ShellError {
            switch error {
            case .exit: throw error
            case .reported(let status): return status
            default: break
            }
        }
        return report(failure, running: command)
    }

    private func report(_ error: any Error, running command: ParsedCommand) -> Int32 {
        let words = command.words.map { (try? shell.expand($0)) ?? [$0.written] }
        let name = words.first?.first.flatMap { shell.registry.command(named: $0) != nil ? $0 : nil }
        let diagnostic = Diagnostic(error, running: command, name: name, words: words, file: file)
        shell.report(diagnostic)
        return diagnostic.status
    }
}
