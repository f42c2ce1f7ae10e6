/// `option [NAME [VALUE]]`: the session's settings (format, headers, width, quiet, timing),
/// listed, shown or changed, as sqlite3's `.mode` and `.headers` and psql's `\timing` do.
struct OptionCommand: Command {
    let signature = CommandSignature(
        name: "option", summary: "Show or change a setting: format, headers, width, pager, quiet, timing.",
        argumentsSynopsis: "[NAME [VALUE]]", arguments: .subcommands(OptionCommand.values), maximumArguments: 2,
        listsRows: true,
        discussion: """
        Settings last for the session; script variables are set with set. format table|json|\
        jsonl|csv|tsv is the format of listings given no --format (export keeps jsonl). \
        headers on|off starts tables, CSV and TSV with the columns' names or not. width \
        auto|full|N: auto fits tables to the terminal (whole cells in files and pipes), full \
        shows whole cells everywhere, N (20 or more) fits them to N columns everywhere. pager \
        on|off: at the prompt, output taller than the terminal goes through $PAGER (less -FRX \
        when unset; an empty PAGER or cat pages nothing). quiet \
        on|off leaves out status lines (as --quiet does). timing on|off says on standard \
        error how long each command took. Without a value, shows the setting; without a name, \
        lists them all (columns: name, value, meaning). At the prompt, an init file \
        ($XDG_CONFIG_HOME/verbatim/init.vsh, else ~/.config/verbatim/init.vsh) runs first and \
        can set them; verbatim -n skips it.
        """,
        examples: ["option", "option format csv", "option headers off", "option width 100", "option timing on"])

    /// The settings in the order `option` lists them, with what each takes (for Tab).
    static let settings: [(name: String, values: [String])] = [
        ("format", OutputFormat.listingFormats.map(\.rawValue)), ("headers", ["on", "off"]), ("width", ["auto", "full"]),
        ("pager", ["on", "off"]), ("quiet", ["on", "off"]), ("timing", ["on", "off"]),
    ]

    static let names = settings.map(\.name)

    /// What each setting takes, for Tab.
    static let values = Dictionary(uniqueKeysWithValues: settings.map { ($0.name, CommandSignature.ArgumentKind.words($0.values)) })

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        guard let name = invocation.arguments.first else { return .table(table(of: Self.names, in: shell)) }
        guard Self.names.contains(name) else {
            throw ShellError.usage("no setting \"\(name)\" (settings: \(Self.names.joined(separator: ", ")))",
                                   hint: Suggestion.hint(for: name, among: Self.names), subject: name)
        }
        guard invocation.arguments.count == 2 else { return .table(table(of: [name], in: shell)) }
        let value = invocation.arguments[1]
        switch name {
        case "format":
            guard let format = OutputFormat(rawValue: value), OutputFormat.listingFormats.contains(format) else {
                throw Self.badValue(name, value, "one of " + OutputFormat.listingFormats.map(\.rawValue).joined(separator: ", "))
            }
            shell.options.format = format
        case "headers": shell.options.headers = try Self.onOff(name, value)
        case "quiet": shell.isQuiet = try Self.onOff(name, value)
        case "timing": shell.options.timing = try Self.onOff(name, value)
        case "pager": shell.options.pager = try Self.onOff(name, value)
        default: shell.options.width = try Self.width(value)
        }
        return .none
    }

    /// The settings `names` as rows: name, value, meaning.
    private func table(of names: [String], in shell: Shell) -> Table {
        var table = Table(columns: ["name", "value", "meaning"])
        let options = shell.options
        for name in names {
            let (value, meaning): (String, String) = switch name {
            case "format": (options.format.rawValue, "format of listings without --format")
            case "headers": (options.headers ? "on" : "off", "column names atop tables, CSV and TSV")
            case "width":
                switch options.width {
                case .auto: ("auto", "tables fit the terminal; whole cells in files and pipes")
                case .full: ("full", "whole cells everywhere")
                case .columns(let columns): (String(columns), "tables fit \(columns) columns")
                }
            case "pager": (options.pager ? "on" : "off", "output taller than the terminal paged ($PAGER, else less -FRX)")
            case "quiet": (shell.isQuiet ? "on" : "off", "status lines left out")
            default: (options.timing ? "on" : "off", "each command's time on standard error")
            }
            table.append([.text(name), .text(value), .text(meaning)])
        }
        return table
    }

    private static func onOff(_ name: String, _ value: String) throws -> Bool {
        switch value.lowercased() {
        case "on": return true
        case "off": return false
        default: throw badValue(name, value, "on or off")
        }
    }

    private static func width(_ value: String) throws -> ShellOptions.Width {
        switch value.lowercased() {
        case "auto": return .auto
        case "full": return .full
        default:
            guard let columns = Int(value), columns >= ShellOptions.narrowestWidth, columns <= 100_000 else {
                throw badValue("width", value, "auto, full or a number of columns from \(ShellOptions.narrowestWidth) to 100000")
            }
            return .columns(columns)
        }
    }

    private static func badValue(_ name: String, _ value: String, _ expected: String) -> ShellError {
        .usage("option \(name) takes \(expected), not \"\(value)\"", subject: value)
    }
}
