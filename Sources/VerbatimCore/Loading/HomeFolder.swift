import Foundation

/// `~` in paths, as sh reads it.
public enum HomeFolder {
    /// `path` with a leading `~` (alone or before `/`) replaced by `home`, the `HOME`
    /// variable as sh uses it, and `~user` by that user's home folder; other paths as they are.
    public static func expanding(_ path: String, home: String?) -> String {
        guard path.hasPrefix("~") else { return path }
        if path == "~" || path.hasPrefix("~/"), let home, !home.isEmpty { return home + path.dropFirst() }
        return (path as NSString).expandingTildeInPath
    }
}
