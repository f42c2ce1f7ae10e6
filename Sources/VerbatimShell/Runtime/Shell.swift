import Foundation
import VerbatimCore

/// The state of one shell: the session, variables, script arguments, the commands it knows and
/// where its output goes. The prompt, scripts, `-c` and standard input all run through it.
public final class Shell {
    /// Verbatim's version (`verbatim --version`, `version`).
    public static let version = "0.24.0"
    /// The articles, quotes and speakers loaded so far.
    public var session = Session()
    /// Variables set with `set` (through `setVariable`).
    public private(set) var variables: [String: String] = [:]
    /// The bytes of all variables' names and values together.
    private var variableBytes = 0
    /// The current script's arguments (`$1`…); `$0` is `scriptName`.
    public var arguments: [String] = []
    public var scriptName = "verbatim"
    /// The commands this shell knows.
    public let registry: CommandRegistry
    /// Relative paths in commands are taken from here.
    public var workingDirectory: String
    /// Where normal output goes (standard output), as given.
    private let outputStream: (String) -> Void
    /// Where errors, status lines and progress go (standard error), as given.
    let errorStream: (String) -> Void
    /// Whether standard output is a terminal: what is written there is then made safe with
    /// `TerminalSafeText`; otherwise it is written byte for byte.
    public var outputIsTerminal = false
    /// Whether standard error is a terminal, as `outputIsTerminal` is for standard output.
    public var errorIsTerminal = false
    /// Whether status lines ("loaded 3 articles…") are left out (`--quiet`); errors never are.
    public var isQuiet = false
    /// Renders tables.
    public var renderer: TableRenderer
    /// The settings `option` changes.
    public var options = ShellOptions()
    /// Shows a long output through a pager (`$PAGER`, by default `less -FRX`); false when it
    /// could not, and the text is written as it is. Set by the prompt on a terminal.
    public var pageText: ((String) -> Bool)?
    /// The terminal's height in lines, asked when a page is shown.
    public var terminalRows: () -> Int? = { nil }
    /// A command's output gathered to page it.
    private var pageBeingGathered: String?
    /// Where `output FILE` sends standard output, and what it has gathered for the file.
    private var outputRedirect: (path: String, text: String)?
    /// Whether what the shell writes to standard output now reaches a terminal: standard
    /// output is one and `output FILE` is not sending it to a file.
    public var writesToTerminal: Bool { outputIsTerminal && outputRedirect == nil }
    /// The session as last saved or opened (empty at the start): what `hasUnsavedChanges`
    /// compares with. Kept as a copy that costs nothing until the session changes.
    public var savedSession = Session()
    /// Asks the person at the prompt a yes-or-no question; nil outside the prompt, where
    /// nothing is asked (scripts run unattended).
    public var confirm: ((String) -> Bool)?
    /// The prompt's history, oldest first (empty outside the prompt).
    public var history: () -> [String] = { [] }
    /// The environment variables `$NAME` falls back to when `set` gave it no value.
    public var environment = ProcessInfo.processInfo.environment
    /// The terminal's width in columns, asked each time a table is shown there (so a resized
    /// window is followed); nil when unknown, which counts as 80.
    public var terminalColumns: () -> Int? = { nil }
    /// Whether the user asked to stop the running command (Ctrl-C); long commands check it.
    public var isInterrupted: () -> Bool
    /// How many script-defined commands are running inside one another.
    public var callDepth = 0
    /// The script files `source` is running inside one another, outermost first.
    public var sourceChain: [String] = []
    /// The file whose commands are running, as errors name it ("<prompt>" at the prompt).
    public var currentFile = "<prompt>"
    /// How plugin calls run (timeout, output limit).
    public var pluginSettings = PluginSettings()
    /// Whether long commands draw a progress line (at the prompt, on a terminal).
    public var showsProgress = false
    /// The external plugins found, and those that failed to describe themselves.
    public var plugins: [PluginRecord] = []
    /// What makes each absolute path loaded one file (links, "..", "." resolved), by path, as
    /// `load` first worked it out: it tells a file the session holds without asking the file
    /// system again for every article at every load.
    var fileIdentities: [String: String] = [:]
    /// The most bytes a command may hold once its variables are expanded (64 MB), which also
    /// bounds the value a variable can get: `set A $A$A` repeated stops here with an error.
    public static let maximumExpandedBytes = 64 * 1_048_576

    /// The most bytes all variables may hold together (256 MB): each is bounded by
    /// `maximumExpandedBytes`, and sixty of them would otherwise take gigabytes.
    public static let maximumVariableBytes = 256 * 1_048_576

    public init(
        registry: CommandRegistry = .withBuiltIns(),
        workingDirectory: String = FileManager.default.currentDirectoryPath,
        write: @escaping (String) -> Void = StandardStream.writeOutput,
        writeError: @escaping (String) -> Void = StandardStream.writeError,
        renderer: TableRenderer = TableRenderer(),
        isInterrupted: @escaping () -> Bool = { false }
    ) {
        self.registry = registry
        self.workingDirectory = workingDirectory
        outputStream = write
        errorStream = writeError
        self.renderer = renderer
        self.isInterrupted = isInterrupted
    }

    /// A path as typed, made absolute against the working directory; `~` is `$HOME`.
    public func absolutePath(_ path: String) -> String {
        let expanded = HomeFolder.expanding(path, home: environment["HOME"])
        return expanded.hasPrefix("/") ? expanded : (workingDirectory as NSString).appendingPathComponent(expanded)
    }

    // MARK: Running commands

    /// Expands, parses and runs one command, and prints its output.
    public func execute(_ command: ParsedCommand) throws {
        let words = try command.words.flatMap(expand)
        let size = words.reduce(0) { $0 + $1.utf8.count + 1 }
        if size > Self.maximumExpandedBytes { throw Self.tooLong("the command", size: size) }
        guard let name = words.first else { return }
        guard let handler = registry.command(named: name) else {
            throw ShellError.usage("unknown command \"\(name)\"; type help for the list",
                                   hint: Suggestion.hint(for: name, among: registry.names), subject: name)
        }
        var invocation = try Invocation(parsing: Array(words.dropFirst()), for: handler.signature)
        invocation.body = command.body
        switch try handler.run(invocation, in: self) {
        case .none: break
        case .text(let text): write(Self.endingLine(text))
        case .styledText(var text):
            if !text.runs.isEmpty, !text.endsLine { text.append("\n") }
            write(text)
        case .table(let listed):
            let format = invocation.format(default: options.format)
            let table = bounded(listed, for: format)
            var renderer = renderer
            renderer.showsHeaders = options.headers
            if handler.signature.writesListingsToFiles, let path = invocation.option(OptionSpec.to.name) {
                // A file gets whole cells, no colour, nothing made safe: the data as it is.
                renderer.useColor = false
                try writeListing(renderer.renderedBytes(table, as: format, neutralisingFormulas: !invocation.flag(OptionSpec.raw.name)),
                                 rows: table.rows.count, to: path)
            } else if format == .table {
                write(renderer.aligned(table, escapingControls: writesToTerminal, width: tableWidth(wide: invocation.flag(OptionSpec.wide.name))))
            } else {
                write(renderer.render(table, as: format, neutralisingFormulas: !invocation.flag(OptionSpec.raw.name)))
            }
        case .status(let line): say(line)
        }
    }

    /// Writes a rendered listing to `path` atomically and says so.
    private func writeListing(_ bytes: [UInt8], rows: Int, to path: String) throws {
        try bytes.withUnsafeBufferPointer { try writeFile($0, to: path, instead: "--to") }
        say("wrote \(rows) \(rows == 1 ? "row" : "rows") to \(path)")
    }

    /// Writes `text` to the file at `path` (as typed) atomically, as `--to` and `output` do; a
    /// terminal is refused with a hint to leave out `instead` and see the text here.
    public func writeFile(_ text: String, to path: String, instead: String) throws {
        var text = text
        try text.withUTF8 { try writeFile($0, to: path, instead: instead) }
    }

    /// Writes UTF-8 `bytes` to the file at `path` as `writeFile(_:to:instead:)` writes text:
    /// the bytes themselves, not a copy (a listing can be hundreds of megabytes).
    public func writeFile(_ bytes: UnsafeBufferPointer<UInt8>, to path: String, instead: String) throws {
        let data = bytes.isEmpty ? Data() : Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: bytes.baseAddress!),
                                                  count: bytes.count, deallocator: .none)
        try refusingTerminal(instead: instead, path: path) { try AtomicFile.write(data, to: absolutePath(path)) }
    }

    /// Runs `write`, turning a terminal it refuses into advice to leave out `instead`.
    private func refusingTerminal(instead: String, path: String, _ write: () throws -> Void) throws {
        do {
            try write()
        } catch let error as AtomicFile.WriteError where error.reason == AtomicFile.terminalReason {
            throw ShellError.failure(error.localizedDescription, hint: "leave out \(instead) to show it here", subject: path)
        }
    }

    /// The width aligned tables are fitted to (`option width`, the terminal's), or nil for
    /// whole cells (`--wide`, `option width full`, a file or pipe).
    private func tableWidth(wide: Bool) -> Int? {
        guard !wide else { return nil }
        switch options.width {
        case .auto: return writesToTerminal ? terminalColumns() ?? 80 : nil
        case .full: return nil
        case .columns(let columns): return columns
        }
    }

    /// `table` ready to be rendered as `format`: the rectangular formats (aligned table, CSV,
    /// TSV) show at most `Table.rectangularSparseColumnLimit` field columns, the most used, and
    /// say on stderr how many they left out; JSON and JSON Lines carry every field.
    private func bounded(_ table: Table, for format: OutputFormat) -> Table {
        guard format != .json, format != .jsonl else { return table }
        let (bounded, leftOut) = table.keepingMostUsedSparseColumns(Table.rectangularSparseColumnLimit)
        if leftOut > 0 { say(Self.leftOutFieldsNote(leftOut, shown: bounded.sparseColumns.count)) }
        return bounded
    }

    /// The status line of a rectangular listing that left out field columns.
    private static func leftOutFieldsNote(_ leftOut: Int, shown: Int) -> String {
        "left out \(leftOut) of \(leftOut + shown) field columns, showing the \(shown) most used; "
            + "--format jsonl or --format json lists every field"
    }

    // MARK: Writing

    /// Writes to standard output: byte for byte to a file or pipe, made safe with
    /// `TerminalSafeText` on a terminal. Every output of the shell goes through here.
    public func write(_ text: String) {
        emit(writesToTerminal ? TerminalSafeText.escaping(text) : text)
    }

    /// Writes styled text to standard output: made safe on a terminal, then coloured when the
    /// renderer uses colour.
    public func write(_ text: StyledText) {
        emit(text.rendered(color: renderer.useColor && writesToTerminal) { writesToTerminal ? TerminalSafeText.escaping($0) : $0 })
    }

    /// Sends finished output to the file `output` named, to the page being gathered, or to
    /// standard output.
    private func emit(_ text: String) {
        if outputRedirect != nil {
            outputRedirect!.text += text
        } else if pageBeingGathered != nil {
            pageBeingGathered! += text
        } else {
            outputStream(text)
        }
    }

    // MARK: Output to a file

    /// Sends standard output to `path` from now on (`output FILE`), after writing the file
    /// an earlier `output` named.
    public func beginOutput(to path: String) throws {
        try endOutput()
        // Refused now, not after everything meant for it has been gathered.
        try refusingTerminal(instead: "output", path: path) { try AtomicFile.checkWritable(absolutePath(path)) }
        outputRedirect = (path, "")
    }

    /// Writes what `output FILE` gathered to its file, atomically, and sends standard output
    /// back where it was; returns the file's path, or nil when nothing was being sent.
    @discardableResult
    public func endOutput() throws -> String? {
        guard let redirect = outputRedirect else { return nil }
        outputRedirect = nil
        try writeFile(redirect.text, to: redirect.path, instead: "output")
        return redirect.path
    }

    /// Writes the file `output` is sending to, if any, when the shell ends (a script's end,
    /// exit, Ctrl-D), reporting a failure.
    public func finishOutput() {
        do {
            try endOutput()
        } catch {
            report(Diagnostic(message: "could not write the output file: \(error.localizedDescription)"))
        }
    }

    // MARK: Unsaved changes

    /// Whether the session holds articles and differs from the one last saved or opened.
    public var hasUnsavedChanges: Bool { !session.articles.isEmpty && session != savedSession }

    /// Whether unsaved changes may be dropped: there are none, or this is not the prompt, or
    /// the person says yes.
    public func mayDropUnsavedChanges() -> Bool {
        guard hasUnsavedChanges, let confirm else { return true }
        return confirm("The session has changes that are not saved. Drop them? [y/N] ")
    }

    /// What the shell says when it keeps a session it was asked to drop.
    public static let keptNote = "kept the session (save FILE keeps its changes; --force or exit! drops them without asking)"

    // MARK: Paging

    /// Starts gathering a command's output to page it (`pageText`): at the prompt on a terminal
    /// with `option pager on`, and not inside a command already gathering. Returns whether it did.
    public func beginPaging() -> Bool {
        guard writesToTerminal, options.pager, pageText != nil, pageBeingGathered == nil else { return false }
        pageBeingGathered = ""
        return true
    }

    /// Shows what was gathered: through the pager when it is taller than the terminal (less one
    /// line for the prompt), else as it is.
    public func endPaging() {
        guard let text = pageBeingGathered else { return }
        pageBeingGathered = nil
        let lines = text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        if let rows = terminalRows(), lines >= rows - 1, let pageText, pageText(text) { return }
        outputStream(text)
    }

    /// Writes to standard error, made safe with `TerminalSafeText` when it is a terminal.
    /// Every error, warning and status line goes through here.
    public func writeError(_ text: String) {
        errorStream(errorIsTerminal ? TerminalSafeText.escaping(text) : text)
    }

    /// Writes a status line to standard error, unless the shell is quiet.
    public func say(_ line: String) {
        if !isQuiet { writeError(Self.endingLine(line)) }
    }

    /// Writes a problem's report to standard error.
    public func report(_ diagnostic: Diagnostic) {
        writeError(diagnostic.rendered)
    }

    /// `text` with a newline at its end, unless it is empty. (A CSV row's "\r\n" is one
    /// Character, so the last scalar is what tells.)
    private static func endingLine(_ text: String) -> String {
        text.unicodeScalars.last == "\n" || text.isEmpty ? text : text + "\n"
    }

    /// The words a shell word stands for once its variables are replaced: `$@` alone gives
    /// one word per script argument; anything else gives one word.
    public func expand(_ word: ShellWord) throws -> [String] {
        if word.parts == [.variable("@", quoted: false)] { return arguments }
        let pieces = try word.parts.map { part in
            switch part {
            case .literal(let piece): piece
            case .variable(let name, _): try value(of: name)
            }
        }
        let size = pieces.reduce(0) { $0 + $1.utf8.count }
        if size > Self.maximumExpandedBytes {
            let written = word.written.count <= 40 ? word.written : nil
            throw Self.tooLong(written ?? "a word", size: size, subject: written)
        }
        return [pieces.joined()]
    }

    /// The error for what would expand past `maximumExpandedBytes`.
    private static func tooLong(_ what: String, size: Int, subject: String? = nil) -> ShellError {
        .failure("\(what) would expand to \(LoadLimits.megabytes(roundingUp: size)); commands and variables are limited to "
                 + LoadLimits.megabytes(maximumExpandedBytes), subject: subject)
    }

    /// Sets variable `name` to `value`; an error when all variables together would pass
    /// `maximumVariableBytes`.
    public func setVariable(_ name: String, to value: String) throws {
        let replaced = variables[name].map { name.utf8.count + $0.utf8.count } ?? 0
        let total = variableBytes - replaced + name.utf8.count + value.utf8.count
        guard total <= Self.maximumVariableBytes else {
            throw ShellError.failure("variables would hold \(LoadLimits.megabytes(roundingUp: total)) together; all variables are limited to "
                                     + "\(LoadLimits.megabytes(Self.maximumVariableBytes)) (set NAME with no value empties one)", subject: name)
        }
        variables[name] = value
        variableBytes = total
    }

    /// The value of `$name`; an unset variable or a missing argument is an error.
    public func value(of name: String) throws -> String {
        switch name {
        case "#": return String(arguments.count)
        case "@": return arguments.joined(separator: " ")
        case "0": return scriptName
        default:
            if let position = Int(name) {
                // "$00" is "$0" written longer.
                if position == 0 { return scriptName }
                guard position <= arguments.count else {
                    throw ShellError.failure("$\(name): the script was given \(arguments.count) argument\(arguments.count == 1 ? "" : "s")",
                                            subject: "$" + name)
                }
                return arguments[position - 1]
            }
            // A name no `set` gave is looked for in the environment ($HOME, $USER), as sh does.
            guard let value = variables[name] ?? environment[name] else {
                throw ShellError.failure("$\(name) is not set (by set or in the environment)", subject: "$" + name)
            }
            return value
        }
    }
}
