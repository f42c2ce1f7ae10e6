/// Everything the shell knows about a command before running it: its name, its arguments and
/// options (for parsing and Tab completion), and its help.
public struct CommandSignature: Sendable {
    /// What a command's positional arguments are, for Tab completion.
    public enum ArgumentKind: Sendable {
        case none
        case articles
        case quotes
        case files
        case commands
        /// The names of the external plugins found.
        case plugins
        /// One of a fixed set of words.
        case words([String])
        /// A first word from the keys, and after it arguments of that word's kind
        /// (`plugin remove NAME`, `option format csv`).
        case subcommands([String: ArgumentKind])
    }

    public var name: String
    /// One line saying what the command does.
    public var summary: String
    /// The positional arguments as shown in the synopsis, such as `[ARTICLE...]`.
    public var argumentsSynopsis: String
    public var arguments: ArgumentKind
    public var minimumArguments: Int
    /// The most positional arguments allowed; nil for no limit.
    public var maximumArguments: Int?
    public var options: [OptionSpec]
    /// Whether the command prints a table, and so takes `--format`.
    public var listsRows: Bool
    /// More about the command, shown by `help NAME`.
    public var discussion: String
    /// Example uses, shown by `help NAME`.
    public var examples: [String]
    /// The heading `help` lists the command under, such as "Evaluation and benchmarks"; nil for
    /// the main list, which comes first.
    public var helpSection: String?
    /// Whether every word after the name is an argument, none an option (script-defined
    /// commands, which read them as `$1`…).
    public var takesRawArguments = false

    public init(
        name: String, summary: String, argumentsSynopsis: String = "", arguments: ArgumentKind = .none,
        minimumArguments: Int = 0, maximumArguments: Int? = 0, options: [OptionSpec] = [],
        listsRows: Bool = false, discussion: String = "", examples: [String] = [],
        helpSection: String? = nil
    ) {
        self.name = name
        self.summary = summary
        self.argumentsSynopsis = argumentsSynopsis
        self.arguments = arguments
        self.minimumArguments = minimumArguments
        self.maximumArguments = maximumArguments
        self.listsRows = listsRows
        self.discussion = discussion
        self.examples = examples
        self.helpSection = helpSection
        self.options = options
        if listsRows, !options.contains(where: { $0.name == "format" }) {
            self.options.append(.format(OutputFormat.listingFormats))
        }
        let formats = self.options.first { $0.name == "format" }?.choices ?? []
        if formats.contains(where: { $0 == "csv" || $0 == "tsv" }), !self.options.contains(where: { $0.name == OptionSpec.raw.name }) {
            self.options.append(.raw)
        }
        if formats.contains(OutputFormat.table.rawValue), !self.options.contains(where: { $0.name == OptionSpec.wide.name }) {
            self.options.append(.wide)
        }
        if listsRows, !self.options.contains(where: { $0.name == OptionSpec.to.name }) {
            self.options.append(.to)
            writesListingsToFiles = true
        }
    }

    /// Whether the shell writes the command's listing to the file `--to` names: a listing
    /// command without a `--to` of its own (`train-attribution --to` writes its weights).
    public private(set) var writesListingsToFiles = false

    /// The one-line synopsis: name, arguments and options.
    public var synopsis: String {
        var parts = [name]
        if !argumentsSynopsis.isEmpty { parts.append(argumentsSynopsis) }
        for option in options {
            parts.append(option.valueName.map { "[--\(option.name) \($0)]" } ?? "[--\(option.name)]")
        }
        return parts.joined(separator: " ")
    }

    /// The option named `name` (without dashes).
    public func option(named name: String) -> OptionSpec? { options.first { $0.name == name } }
}

/// One `--name` option of a command: a flag, or an option that takes a value.
public struct OptionSpec: Sendable {
    /// The name without its dashes.
    public var name: String
    /// The value's placeholder (`NAME`); nil for a flag.
    public var valueName: String?
    public var help: String
    /// The values it accepts, when they form a fixed set (checked and completed).
    public var choices: [String]?
    /// Whether the value is a file path (for completion).
    public var takesPath: Bool

    public init(name: String, valueName: String? = nil, help: String, choices: [String]? = nil, takesPath: Bool = false) {
        self.name = name
        self.valueName = valueName
        self.help = help
        self.choices = choices
        self.takesPath = takesPath
    }

    /// `--raw`: CSV and TSV cells as they are, without the `'` that keeps spreadsheets from
    /// running text as formulas.
    public static let raw = OptionSpec(
        name: "raw", help: "In CSV and TSV, write text that starts with = + - @ as it is (no ' before it).")

    /// `--to FILE`: a listing written to a file (atomically) instead of shown.
    public static let to = OptionSpec(
        name: "to", valueName: "FILE", help: "Write the listing to FILE (atomically) instead of showing it.", takesPath: true)

    /// `--force`: at the prompt, unsaved changes dropped without asking (`open`, `reset`).
    public static let force = OptionSpec(name: "force", help: "At the prompt, drop unsaved changes without asking.")

    /// `--wide`: an aligned table on a terminal with every cell whole, as a pipe gets it.
    public static let wide = OptionSpec(
        name: "wide", help: "On a terminal, show every cell whole rather than fitting the table to the width.")

    /// `--format FORMAT` over the given formats.
    public static func format(_ formats: [OutputFormat]) -> OptionSpec {
        OptionSpec(name: "format", valueName: "FORMAT", help: "Output format: "
            + formats.map(\.rawValue).joined(separator: ", ") + ".", choices: formats.map(\.rawValue))
    }
}
