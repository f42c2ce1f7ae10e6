import Foundation

/// An external plugin the shell found: the plugin, or why it could not be used.
public struct PluginRecord: Sendable {
    /// The executable's path.
    public var path: String
    /// Where it was found: a plugin folder, or the folder of the verbatim executable.
    public var folder: String
    public var plugin: ExternalPlugin?
    /// Why the plugin, or some of its commands, cannot be used.
    public var problem: String?

    /// The plugin's name, or its file name when it failed to describe itself.
    public var name: String { plugin?.name ?? (path as NSString).lastPathComponent }
}
