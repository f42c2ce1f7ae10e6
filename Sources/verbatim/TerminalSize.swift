import CLineEditor
import Foundation

/// The size of the terminal the shell writes to, asked each time it is needed, so that a
/// resized window is followed.
enum TerminalSize {
    /// Standard output's terminal in lines and columns, each nil when it is not one or does
    /// not say.
    static func ofStandardOutput() -> (rows: Int?, columns: Int?) {
        var rows: Int32 = 0, columns: Int32 = 0
        verbatim_terminal_size(STDOUT_FILENO, &rows, &columns)
        return (rows > 0 ? Int(rows) : nil, columns > 0 ? Int(columns) : nil)
    }
}
