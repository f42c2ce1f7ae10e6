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
        shell.writeError("Verbatim: who said what in the news. Type help for the commands, Ctrl-D to leave.\n")
        var accumulator = LineAccumulator()
        while true {
            switch editor.read(prompt: accumulator.isWaiting ? "...> " : prompt()) {
            case .end:
                shell.write("\n")
                return 0
            case .interrupted:
                accumulator.discard()
                shell.write("\n")
            case .line(let line):
                if !line.trimmingCharacters(in: .whitespaces).isEmpty { editor.remember(line) }
                if let status = run(line, with: &accumulator) { return status }
            }
        }
    }

    /// Runs the commands `line` completes; returns a status when the shell should exit.
    private func run(_ line: String, with accumulator: inout LineAccumulator) -> Int32? {
        let commands: [ParsedCommand]
        do {
            commands = try accumulator.add(line)
        } catch {
            shell.writeError("syntax error: \(error.message) (column \(error.column))\n")
            return nil
        }
        for command in commands {
            _ = verbatim_take_interrupt()
            guard let failure = ScriptRunner.attempt(command, in: shell) else { continue }
            switch failure {
            case .exit(let status): return status
            case .reported: break
            case .interrupted: shell.writeError("interrupted\n")
            case .usage(let message), .failure(let message): shell.writeError("error: \(message)\n")
            }
            // As in a script, the rest of the line does not run after an error.
            return nil
        }
        return nil
    }

    /// `verbatim> `, or with the session's size: `verbatim (2 articles, 14 quotes)> `.
    private func prompt() -> String {
        let articles = shell.session.articles.count
        guard articles > 0 else { return "verbatim> " }
        let quotes = shell.session.quotes.filter(\.kind.isSpeech).count
        return "verbatim (\(articles) article\(articles == 1 ? "" : "s"), \(quotes) quote\(quotes == 1 ? "" : "s"))> "
    }
}
