import Foundation

/// Verbatim's folders in the user's home, by the XDG Base Directory rules: each is
/// `$XDG_…_HOME/verbatim`, or its default under the home folder when that variable is unset,
/// empty or not an absolute path.
public enum UserFolder: Sendable {
    /// Settings: the init file (`init.vsh`) and the links `plugin add` makes (`plugins/`).
    case configuration
    /// What can be rebuilt: the plugins' descriptions.
    case cache
    /// What the prompt keeps between runs: its history.
    case state

    /// The folder's path for `environment`.
    public func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let (variable, fallback) = switch self {
        case .configuration: ("XDG_CONFIG_HOME", ".config")
        case .cache: ("XDG_CACHE_HOME", ".cache")
        case .state: ("XDG_STATE_HOME", ".local/state")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let base = environment[variable].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (home as NSString).appendingPathComponent(fallback)
        return (base as NSString).appendingPathComponent("verbatim")
    }

    /// The file `name` in the folder.
    public func file(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        (path(environment: environment) as NSString).appendingPathComponent(name)
    }
}
