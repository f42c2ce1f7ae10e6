extension PluginMessages.Description {
    /// Why Verbatim cannot use this description, or nil when it can: the plugin's name must be
    /// a name (it becomes a file name in the plugins folder), and its commands and options
    /// must follow the rule for names of built-ins, so the language can call them; no command
    /// comes twice, and each command's shape is one Verbatim can offer. Names are quoted with
    /// their control characters escaped.
    var problem: String? {
        guard Identifier.isValid(plugin) else {
            return "calls itself \(String(reflecting: plugin)), which is not a plugin name (\(Identifier.rule))"
        }
        var commandNames = Set<String>()
        for command in commands {
            if let rule = Identifier.problem(withCommandName: command.name) {
                return "offers \(String(reflecting: command.name)), which is not a command name (\(rule))"
            }
            guard commandNames.insert(command.name).inserted else { return "offers the command \(command.name) twice" }
            if let problem = command.problem { return "offers \(command.name) \(problem)" }
        }
        return nil
    }
}

extension PluginMessages.CommandDescription {
    /// The options Verbatim gives every command that lists rows, as plugin commands do.
    static let shellOptions = Set(CommandSignature(name: "", summary: "", listsRows: true).options.map(\.name))

    /// Why Verbatim cannot offer this command, its name left out ("with --a twice"), or nil.
    var problem: String? {
        var optionNames = Set<String>()
        for option in options ?? [] {
            guard Identifier.isValid(option.name) else {
                return "--\(String(reflecting: option.name)), which is not an option name (\(Identifier.rule))"
            }
            guard !Self.shellOptions.contains(option.name) else {
                return "with --\(option.name), which is Verbatim's own option of every listing command"
            }
            guard optionNames.insert(option.name).inserted else { return "with --\(option.name) twice" }
        }
        guard let arguments else { return nil }
        if let min = arguments.min, min < 0 { return "with at least \(min) arguments, fewer than none" }
        if let max = arguments.max, max < 0 { return "with at most \(max) arguments, fewer than none" }
        if let min = arguments.min, let max = arguments.max, min > max {
            return "with at least \(min) arguments but at most \(max)"
        }
        return nil
    }
}
