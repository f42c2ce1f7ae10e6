import Foundation

/// Finding a program by name on a search path, as a shell does (the pager, the desktop's opener).
public enum ProgramPath {
    /// The first executable file named `name` in the folders of `path` (separated by colons).
    public static func find(_ name: String, in path: String) -> String? {
        path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
