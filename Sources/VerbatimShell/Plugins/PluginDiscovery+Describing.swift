import Foundation

extension PluginDiscovery {
    /// What each plugin at `paths` answers `describe`, by path: from `cache` when the executable
    /// has not changed, else by asking it, all those at once, each for at most
    /// `settings.describeTimeout` seconds. `asked` are the paths that were asked.
    static func descriptions(of paths: [String], cache: inout PluginDescriptionCache, settings: PluginSettings)
        -> (answers: [String: PluginDescriptionCache.Answer], asked: Set<String>) {
        var answers: [String: PluginDescriptionCache.Answer] = [:]
        for path in paths { answers[path] = cache.answer(for: path) }
        let stale = paths.filter { answers[$0] == nil }
        guard !stale.isEmpty else { return (answers, []) }
        var quick = settings
        quick.timeout = settings.describeTimeout
        let asked = AnswerBox(count: stale.count)
        let group = DispatchGroup()
        for (index, path) in stale.enumerated() {
            group.enter()
            // A thread each: a plugin that hangs must not hold up the others.
            Thread { [quick] in
                do throws(PluginError) {
                    asked.set(index, to: .description(try ExternalPlugin.askDescription(path, settings: quick, isInterrupted: { false })))
                } catch {
                    asked.set(index, to: .problem(error))
                }
                group.leave()
            }.start()
        }
        group.wait()
        for (index, path) in stale.enumerated() {
            let answer = asked.value(at: index)
            answers[path] = answer
            cache.keep(answer, for: path)
        }
        cache.save()
        return (answers, Set(stale))
    }
}

/// The answers of plugins asked on threads of their own, one slot each.
private final class AnswerBox: @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [PluginDescriptionCache.Answer]

    init(count: Int) { answers = Array(repeating: .problem(PluginError(plugin: "", command: nil, reason: "")), count: count) }

    func set(_ index: Int, to answer: PluginDescriptionCache.Answer) { lock.withLock { answers[index] = answer } }

    func value(at index: Int) -> PluginDescriptionCache.Answer { lock.withLock { answers[index] } }
}
