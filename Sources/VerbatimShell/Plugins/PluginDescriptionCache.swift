import Foundation
import VerbatimCore
#if canImport(Glibc)
import Glibc
#endif

/// What plugins answered `describe`, kept in a JSON file so that a start asks only the plugins
/// whose executable changed (as nushell's plugin registry does): an answer holds as long as
/// the executable at that path keeps its modification time and size. A plugin that failed to
/// describe itself is remembered too, and asked again once its file changes or `plugin add`
/// adds it again.
struct PluginDescriptionCache {
    /// What one executable, as it was, answered: the line it answered describe with, or why
    /// it could not be used.
    private struct Entry: Codable {
        var modified: Double
        var size: Int64
        var description: String?
        var problem: PluginError?
    }

    /// What a plugin answered describe with, or why it could not be used.
    enum Answer: Equatable {
        case description(String)
        case problem(PluginError)
    }

    /// The JSON file.
    let file: String
    private var entries: [String: Entry]

    /// The cache kept in `file`; empty when the file is missing or unreadable.
    init(file: String) {
        self.file = file
        entries = (try? Data(contentsOf: URL(fileURLWithPath: file))).flatMap { try? JSONDecoder().decode([String: Entry].self, from: $0) } ?? [:]
    }

    /// `$XDG_CACHE_HOME/verbatim/plugin-descriptions.json` (by default under `~/.cache`).
    static func file(environment: [String: String]) -> String {
        UserFolder.cache.file("plugin-descriptions.json", environment: environment)
    }

    /// The answer kept for the executable at `path`, if it has not changed since.
    func answer(for path: String) -> Answer? {
        guard let entry = entries[Self.key(path)], let stamp = Self.stamp(of: path),
              entry.modified == stamp.modified, entry.size == stamp.size else { return nil }
        if let description = entry.description { return .description(description) }
        return entry.problem.map(Answer.problem)
    }

    /// Keeps `answer` for the executable at `path` as it is now.
    mutating func keep(_ answer: Answer, for path: String) {
        guard let stamp = Self.stamp(of: path) else { return }
        var entry = Entry(modified: stamp.modified, size: stamp.size)
        switch answer {
        case .description(let line): entry.description = line
        case .problem(let error): entry.problem = error
        }
        entries[Self.key(path)] = entry
    }

    /// Writes the cache, leaving out executables that are gone. A cache that cannot be
    /// written only costs the next start some time, so failing to is not an error.
    func save() {
        let kept = entries.filter { Self.stamp(of: $0.key) != nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(kept) else { return }
        try? FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? AtomicFile.write(data, to: file)
    }

    /// Where the entry of `path` is kept: the file it leads to, so a plugin found through
    /// the link `plugin add` made shares the entry of the file it was added from.
    private static func key(_ path: String) -> String { (path as NSString).resolvingSymlinksInPath }

    /// The modification time and size of the file at `path` (following links).
    private static func stamp(of path: String) -> (modified: Double, size: Int64)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9, Int64(info.st_size))
    }
}
