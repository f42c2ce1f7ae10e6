/// The commands a shell knows, by name: the built-ins and any added by plugins.
public final class CommandRegistry {
    private var commands: [String: any Command] = [:]

    public init(_ commands: [any Command] = []) {
        for command in commands { register(command) }
    }

    /// A registry holding every built-in command.
    public static func withBuiltIns() -> CommandRegistry { CommandRegistry(BuiltInCommands.all) }

    /// Adds a command, replacing any of the same name.
    public func register(_ command: any Command) { commands[command.signature.name] = command }

    /// Removes the command called `name`, if there is one.
    public func unregister(_ name: String) { commands[name] = nil }

    /// The command called `name`.
    public func command(named name: String) -> (any Command)? { commands[name] }

    /// Every command name, sorted.
    public var names: [String] { commands.keys.sorted() }

    /// Every command, sorted by name.
    public var all: [any Command] { names.compactMap { commands[$0] } }
}
