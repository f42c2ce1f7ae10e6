import CLineEditor
import Foundation
import VerbatimShell

/// libedit's line editor with history and Tab completion, for the interactive prompt.
final class LineEditor {
    private let editor: OpaquePointer
    let historyPath: String?

    /// The completer Tab calls; libedit's callback is a C function, so it is reached from here.
    nonisolated(unsafe) static var completer: Completer?

    init?(historyPath: String?) {
        guard let editor = verbatim_editor_open("verbatim", 1000) else { return nil }
        self.editor = editor
        self.historyPath = historyPath
        verbatim_editor_set_completion(editor, { editLine, _ in LineEditor.complete(editLine) })
        if let historyPath { _ = verbatim_editor_load_history(editor, historyPath) }
    }

    deinit { verbatim_editor_close(editor) }

    /// The outcome of reading a line.
    enum Input {
        case line(String)
        /// Ctrl-C at the prompt.
        case interrupted
        /// Ctrl-D on an empty line, or the end of input.
        case end
    }

    /// Shows `prompt` and reads one line, without its newline.
    func read(prompt: String) -> Input {
        verbatim_editor_set_prompt(editor, TerminalSafeText.escaping(prompt))
        var count: Int32 = 0
        guard let bytes = verbatim_editor_gets(editor, &count), count > 0 else {
            return verbatim_take_interrupt() != 0 ? .interrupted : .end
        }
        var line = String(cString: bytes)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    /// Adds a line to the history and saves the history file: written beside it under a name
    /// of this process's, then renamed over it, so shells saving at once never mix their
    /// writes and a reader always finds a whole file.
    func remember(_ line: String) {
        verbatim_editor_remember(editor, line)
        guard let historyPath else { return }
        let temporary = historyPath + ".\(getpid()).tmp"
        if verbatim_editor_save_history(editor, temporary) == 0 {
            rename(temporary, historyPath)
        } else {
            unlink(temporary)
        }
    }

    /// The history's entries, oldest first.
    var entries: [String] {
        var entries: [String] = []
        withUnsafeMutablePointer(to: &entries) { pointer in
            verbatim_editor_each_history_entry(editor, { entry, context in
                guard let entry, let list = context?.assumingMemoryBound(to: [String].self) else { return }
                var text = String(cString: entry)
                if text.hasSuffix("\n") { text.removeLast() }
                list.pointee.append(text)
            }, pointer)
        }
        return entries
    }

    /// The history file: `$XDG_STATE_HOME/verbatim/history`, by default under `~/.local/state`.
    static func defaultHistoryPath() -> String {
        try? FileManager.default.createDirectory(atPath: UserFolder.state.path(), withIntermediateDirectories: true)
        return UserFolder.state.file("history")
    }

    /// Tab: inserts what all candidates share, or lists them when they share nothing more.
    private static func complete(_ editLine: OpaquePointer?) -> UInt8 {
        guard let editLine, let completer, let info = el_line(editLine)?.pointee else { return UInt8(CC_ERROR) }
        let length = info.cursor - info.buffer
        let before = info.buffer.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
        let completion = completer.complete(before)
        guard !completion.candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        var replacement = completion.commonPrefix
        if completion.candidates.count == 1, !replacement.hasSuffix("/") { replacement += " " }
        if replacement != completion.word {
            listedAfter = nil
            // A candidate that needs a quote the word did not open replaces the word.
            if !replacement.hasPrefix(completion.word) {
                el_deletestr(editLine, Int32(completion.word.count))
                return el_insertstr(editLine, replacement) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_ERROR)
            }
            return el_insertstr(editLine, String(replacement.dropFirst(completion.word.count))) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_ERROR)
        }
        // Several candidates and nothing to add: the first Tab beeps, the second lists them.
        guard listedAfter == before else {
            listedAfter = before
            return UInt8(CC_REFRESH_BEEP)
        }
        listedAfter = nil
        if completion.candidates.count > Self.candidatesShownWithoutAsking {
            StandardStream.writeOutput("\nshow all \(completion.candidates.count)? (y or n) ")
            var answer: UInt8 = 0
            guard Glibc.read(STDIN_FILENO, &answer, 1) == 1, answer == UInt8(ascii: "y") || answer == UInt8(ascii: "Y") else {
                StandardStream.writeOutput("\n")
                return UInt8(CC_REDISPLAY)
            }
        }
        // Candidates come from file names, article ids and plugins: shown safe on the terminal.
        StandardStream.writeOutput("\n" + Self.inColumns(completion.candidates.map { TerminalSafeText.escaping($0) },
                                                         width: completer.shell.terminalColumns() ?? 80))
        return UInt8(CC_REDISPLAY)
    }

    /// The text before the cursor when Tab last beeped with several candidates: a second Tab
    /// there lists them.
    nonisolated(unsafe) private static var listedAfter: String?

    /// The most candidates listed without asking first.
    static let candidatesShownWithoutAsking = 100

    /// `items` in columns across `width`, filled down each column first, as ls does.
    static func inColumns(_ items: [String], width: Int) -> String {
        let cell = (items.map(DisplayWidth.of).max() ?? 0) + 2
        let columns = max(1, width / cell)
        let rows = (items.count + columns - 1) / columns
        var text = ""
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < items.count else { break }
                let item = items[index]
                line += item + (index + rows < items.count ? String(repeating: " ", count: cell - DisplayWidth.of(item)) : "")
            }
            text += line + "\n"
        }
        return text
    }
}
