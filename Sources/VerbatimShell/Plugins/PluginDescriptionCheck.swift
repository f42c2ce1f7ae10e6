extension PluginMessages.Description {
    /// Why Verbatim cannot use this description, or nil when it can: the plugin's name must be
    /// a name (it becomes a file name in the plugins folder), and its commands and options
    /// must follow the rule for names of built-ins, so the language can call them. Names are
    /// quoted with their control characters escaped.
    var problem: String? {
        guard Identifier.isValid(plugin) else {
            return "calls itself \(String(reflecting: plugin)), which is not a plugin name (\(Identifier.rule))"
        }
        for command in commands {
            if let rule = Identifier.problem(withCommandName: command.name) {
                return "offers \(String(reflecting: command.name)), which is not a command name (\(rule))"
            }
            for option in command.options ?? [] where !Identifier.isValid(option.name) {
                return "offers \(command.name) --\(String(reflecting: option.name)), which is not an option name (\(Identifier.rule))"
            }
        }
        return nil
    }
}
