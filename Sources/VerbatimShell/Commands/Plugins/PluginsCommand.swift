/// `plugins`: the external plugins found, with their commands.
struct PluginsCommand: Command {
    let signature = CommandSignature(
        name: "plugins", summary: "List the external plugins and their commands.",
        listsRows: true,
        discussion: """
        Plugins are looked for in the project's Plugins folder, in each folder of \
        $VERBATIM_PLUGIN_PATH (separated by :), in $XDG_CONFIG_HOME/verbatim/plugins (where \
        plugin add links them), and beside the verbatim executable (verbatim-plugin-*). \
        Columns: plugin, commands, path, problem (why it, or some of its commands, cannot be \
        used; empty when it works).
        """,
        examples: ["plugins", "plugins --format json"])

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        var table = Table(columns: ["plugin", "commands", "path", "problem"])
        for record in shell.plugins {
            table.append([.text(record.name), .text(record.plugin?.commandNames.joined(separator: " ") ?? ""),
                          .text(record.path), Value(record.problem)])
        }
        return .table(table)
    }
}
