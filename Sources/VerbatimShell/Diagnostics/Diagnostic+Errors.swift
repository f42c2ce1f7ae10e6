import Foundation
import VerbatimCore

extension Diagnostic {
    /// The report of `error`, met while running `command` (named `name`, when it was found)
    /// in `file` (nil at the prompt). The caret goes under the word the error is about, when
    /// it names one, or under the command.
    init(_ error: any Error, running command: ParsedCommand, name: String?, words: [[String]], file: String?) {
        let explained = Self.explain(error)
        let subjectWord = explained.subject.flatMap { subject in
            words.firstIndex { $0.contains { $0 == subject || $0.hasPrefix(subject + "=") } }
                ?? words.firstIndex { $0.contains { $0.contains(subject) } }
        }
        let word = command.words[subjectWord ?? 0]
        self.init(file: file, line: word.line, column: word.column, sourceLine: command.text(ofLine: word.line),
                  command: name, message: explained.message, hint: explained.hint, status: explained.status)
    }

    /// A syntax error in `source` (whose first line is numbered `firstLine`), from `file`.
    init(_ error: SyntaxError, in source: String, firstLine: Int = 1, file: String?) {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let index = error.line - firstLine
        self.init(file: file, line: error.line, column: error.column,
                  sourceLine: lines.indices.contains(index) ? String(lines[index]) : nil,
                  message: error.message, status: 2)
    }

    /// What an error says, as a sentence naming the input it is about, with its hint, the
    /// word it is about and the exit status.
    static func explain(_ error: any Error) -> (message: String, hint: String?, subject: String?, status: Int32) {
        switch error {
        case let error as ShellError:
            switch error {
            case .usage(let message, let hint, let subject): return (message, hint, subject, 2)
            case .failure(let message, let hint, let subject): return (message, hint, subject, 1)
            case .interrupted: return ("interrupted", nil, nil, 1)
            case .exit(let status), .reported(let status): return ("stopped with status \(status)", nil, nil, status)
            }
        case let error as LoadError: return (error.errorDescription ?? error.reason, nil, error.file, 1)
        case let error as SessionFileError: return (error.errorDescription ?? error.reason, nil, error.path, 1)
        case let error as SessionChangeError: return (error.message, nil, nil, 1)
        case let error as PluginError: return (error.message, nil, nil, 1)
        case let error as SyntaxError: return (error.message, nil, nil, 2)
        default: return (FoundationErrorText.describe(error), nil, nil, 1)
        }
    }
}
