/// The settings `option` changes for the rest of the session, apart from script variables:
/// how listings are shown and what the shell says about each command.
public struct ShellOptions: Equatable, Sendable {
    /// How wide aligned tables are.
    public enum Width: Equatable, Sendable {
        /// The terminal's width on a terminal; whole cells in files and pipes.
        case auto
        /// Whole cells everywhere.
        case full
        /// Fitted to this many columns everywhere.
        case columns(Int)
    }

    /// The format of listings given no `--format` (`export` keeps JSON Lines).
    public var format = OutputFormat.table
    /// Whether tables, CSV and TSV start with the columns' names.
    public var headers = true
    /// How wide aligned tables are (`option width auto|full|N`).
    public var width = Width.auto
    /// Whether each command's time is said on standard error.
    public var timing = false
    /// Whether output taller than the terminal goes through the pager at the prompt.
    public var pager = true

    public init() {}

    /// The narrowest width `option width` takes.
    public static let narrowestWidth = 20
}
