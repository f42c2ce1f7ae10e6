import Foundation
import VerbatimCore

/// `plugin add PATH`, `plugin remove NAME`, `plugin timeout SECONDS`: managing external plugins.
struct PluginCommand: Command {
    let signature = CommandSignature(
        name: "plugin", summary: "Add or remove an external plugin, or set how long plugins may run.",
        argumentsSynopsis: "add PATH | remove NAME | timeout SECONDS", arguments: .subcommands(["add": .files, "remove": .plugins, "timeout": .none]),
        minimumArguments: 2, maximumArguments: 2,
        discussion: """
        plugin add PATH asks the executable at PATH to describe itself and, if it answers, \
        links it into $XDG_CONFIG_HOME/verbatim/plugins so later shells find it too; its \
        commands are ready at once (shells remember its description until its file \
        changes; plugin add asks again). plugin remove NAME takes away a plugin added that way. \
        plugin timeout SECONDS sets how long a plugin call may run before it is stopped, for \
        this shell (the default is 10, or $VERBATIM_PLUGIN_TIMEOUT).
        """,
        examples: ["plugin add ~/bin/my-plugin", "plugin remove my-plugin", "plugin timeout 60"])

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let (action, value) = (invocation.arguments[0], invocation.arguments[1])
        switch action {
        case "add":
            try Invocation.checkPath(value)
            return try add(shell.absolutePath(value), in: shell)
        case "remove": return try remove(value, in: shell)
        case "timeout":
            guard let seconds = Double(value), seconds > 0, seconds.isFinite else {
                throw ShellError.usage("give a number of seconds above 0, not \"\(value)\"")
            }
            shell.pluginSettings.timeout = seconds
            return .none
        default:
            throw ShellError.usage("\"\(action)\" is not add, remove or timeout", hint: "usage: \(signature.synopsis)", subject: action)
        }
    }

    private func add(_ path: String, in shell: Shell) throws -> CommandOutput {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw ShellError.failure("\(path) is not an executable file")
        }
        let folder = shell.pluginSettings.linkFolder
        let record = shell.addPlugin(at: path, folder: folder)
        guard let plugin = record.plugin else {
            shell.removePlugin(at: path)
            throw ShellError.failure(record.problem ?? "the plugin did not describe itself")
        }
        let link = (folder as NSString).appendingPathComponent(plugin.name)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            if (try? FileManager.default.destinationOfSymbolicLink(atPath: link)) != nil { try FileManager.default.removeItem(atPath: link) }
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
        } catch {
            shell.removePlugin(at: path)
            throw ShellError.failure("cannot link \(link): \(FoundationErrorText.describe(error))")
        }
        let problem = record.problem.map { " (\($0))" } ?? ""
        return .status("added plugin \(plugin.name): \(plugin.commandNames.joined(separator: ", "))\(problem)")
    }

    private func remove(_ name: String, in shell: Shell) throws -> CommandOutput {
        guard let record = shell.plugins.first(where: { $0.name == name }) else {
            throw ShellError.failure("no plugin \(name); plugins lists them")
        }
        let folder = shell.pluginSettings.linkFolder
        guard (record.path as NSString).deletingLastPathComponent == folder || record.folder == folder else {
            throw ShellError.failure("\(name) lives in \(record.folder), which plugin remove leaves alone; delete it there")
        }
        let link = (folder as NSString).appendingPathComponent(name)
        if (try? FileManager.default.destinationOfSymbolicLink(atPath: link)) != nil {
            try? FileManager.default.removeItem(atPath: link)
        } else if (try? FileManager.default.destinationOfSymbolicLink(atPath: record.path)) != nil {
            try? FileManager.default.removeItem(atPath: record.path)
        }
        shell.removePlugin(at: record.path)
        return .status("removed plugin \(name)")
    }
}
