import VerbatimCore

/// A command of an external plugin, run like a built-in: the shell parses its options, and a
/// call sends the session data it needs and applies what it answers, all or nothing.
struct ExternalCommand: Command {
    let plugin: ExternalPlugin
    let description: PluginMessages.CommandDescription
    let signature: CommandSignature

    init(_ description: PluginMessages.CommandDescription, of plugin: ExternalPlugin) {
        self.plugin = plugin
        self.description = description
        let arguments = description.arguments
        let kind: CommandSignature.ArgumentKind = switch arguments?.kind {
        case "articles": .articles
        case "quotes": .quotes
        case "files": .files
        default: .none
        }
        signature = CommandSignature(
            name: description.name, summary: description.summary, argumentsSynopsis: arguments?.synopsis ?? "",
            arguments: kind, minimumArguments: arguments?.min ?? 0, maximumArguments: arguments == nil ? 0 : arguments?.max,
            options: (description.options ?? []).map {
                OptionSpec(name: $0.name, valueName: $0.value, help: $0.help ?? "", choices: $0.choices)
            },
            listsRows: true,
            discussion: (description.help.map { $0 + "\n" } ?? "") + "From plugin \(plugin.name) (\(plugin.path)).",
            examples: description.examples ?? [])
    }

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let request = try PluginRequest.call(description, invocation: invocation, shell: shell)
        let answers: [PluginMessages.Answer]
        do throws(PluginError) {
            answers = try plugin.call(description.name, request: request, settings: shell.pluginSettings, isInterrupted: shell.isInterrupted)
        } catch {
            throw shell.isInterrupted() ? ShellError.interrupted : ShellError.failure(error.message)
        }
        for message in answers.dropLast() {
            if message.level == "warning" {
                shell.writeError("\(description.name): warning: \(message.text ?? "")\n")
            } else {
                shell.say("\(description.name): \(message.text ?? "")")
            }
        }
        let result = answers[answers.count - 1]
        let table = try self.table(from: result)
        // Ctrl-C while the plugin answered: nothing of the answer is applied.
        if shell.isInterrupted() { throw ShellError.interrupted }
        let changes = result.changes ?? []
        do throws(PluginChanges.Failure) {
            shell.session = try PluginChanges.applying(changes, to: shell.session, isInterrupted: shell.isInterrupted)
        } catch .interrupted {
            throw ShellError.interrupted
        } catch .change(let number, let reason) {
            throw failure("change \(number) cannot be made: \(reason); nothing was changed")
        }
        if let table { return .table(table) }
        if let text = result.text { return .text(text) }
        return changes.isEmpty ? .none : .status("\(description.name): made \(changes.count) change\(changes.count == 1 ? "" : "s")")
    }

    /// The rows the result carries, if any; every row must have one value per column.
    private func table(from result: PluginMessages.Answer) throws -> Table? {
        guard let columns = result.columns else {
            guard result.rows == nil else { throw failure("its result has rows but no columns") }
            return nil
        }
        var table = Table(columns: columns)
        for (index, row) in (result.rows ?? []).enumerated() {
            guard row.count == columns.count else {
                throw failure("row \(index + 1) of its result has \(row.count) values for \(columns.count) columns")
            }
            table.append(row.map(\.value))
        }
        return table
    }

    private func failure(_ reason: String) -> ShellError {
        .failure(PluginError(plugin: plugin.name, command: description.name, reason: reason).message)
    }
}
