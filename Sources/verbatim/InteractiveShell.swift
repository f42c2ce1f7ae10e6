import CLineEditor
import Foundation
import VerbatimShell

/// The prompt: reads lines with libedit, runs them, and keeps the session through errors and
/// Ctrl-C. Ctrl-D on an empty line (or `exit`) leaves.
struct InteractiveShell {
    let shell: Shell

    func run() -> Int32 {
        verbatim_install_interrupt_handler()
        guard let editor = LineEditor(historyPath: LineEditor.defaultHistoryPath()) else {
            shell.writeError("verbatim: the line editor could not start; reading plain lines\n")
            return StandardInputShell(shell: shell, keepGoing: true).run()
        }
        LineEditor.completer = Completer(shell: shell)
        shell.showsProgress = isatty(STDERR_FILENO) == 1
        shell.writeError("Verbatim: who said what in the news. Type help for commands, Ctrl-D to leave.\n")
        shell.history = { editor.entries }
        // A question's answer: yes only when typed; Ctrl-C is no; Ctrl-D, or a terminal that
        // has gone, is yes (a second Ctrl-D means leave).
        shell.confirm = { question in
            switch editor.read(prompt: question) {
            case .line(let answer): return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
            case .interrupted: shell.write("\n"); return false
            case .end: shell.write("\n"); return true
            }
        }
        if shell.outputIsTerminal {
            shell.terminalRows = { TerminalSize.ofStandardOutput().rows }
            shell.pageText = Pager.show
        }
        var loop = CommandLoop(shell: shell, file: nil)
        // The lines of a command that runs over several (an open quote, a trailing \), kept
        // as one history entry.
        var entry: [String] = []
        while true {
            switch editor.read(prompt: loop.isWaiting ? "...> " : prompt()) {
            case .end:
                shell.write("\n")
                guard shell.mayDropUnsavedChanges() else {
                    shell.say(Shell.keptNote)
                    continue
                }
                return 0
            case .interrupted:
                loop.discard()
                entry = []
                shell.write("\n")
            case .line(let line):
                entry.append(line)
                _ = verbatim_take_interrupt()
                defer {
                    if !loop.isWaiting {
                        let whole = entry.joined(separator: "\n")
                        if !whole.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { editor.remember(whole) }
                        entry = []
                    }
                }
                do {
                    // As in a script, the rest of the line does not run after an error.
                    _ = try loop.feed(line)
                } catch {
                    if case .exit(let status) = error { return status }
                }
            }
        }
    }

    /// `verbatim> `, or with the session's size: `verbatim (2 articles, 14 quotes)> `.
    private func prompt() -> String {
        let articles = shell.session.articles.count
        guard articles > 0 else { return "verbatim> " }
        let quotes = shell.session.quotes.filter(\.kind.isSpeech).count
        return "verbatim (\(articles) article\(articles == 1 ? "" : "s"), \(quotes) quote\(quotes == 1 ? "" : "s"))> "
    }
}
