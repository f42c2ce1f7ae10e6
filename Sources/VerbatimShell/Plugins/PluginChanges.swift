import VerbatimCore

/// Applies the changes of a plugin's answer to a session, all or nothing.
enum PluginChanges {
    /// How many changes are made between two looks at the interrupt flag.
    static let interruptCheckInterval = 2_048

    /// Why the changes were not applied.
    enum Failure: Error, Equatable {
        /// Ctrl-C while they were being made.
        case interrupted
        /// The change at `number` (from 1) cannot be made, for `reason`.
        case change(number: Int, reason: String)
    }

    /// `session` with every change made, or nothing when one cannot be made or
    /// `isInterrupted` says so (asked every `interruptCheckInterval` changes).
    static func applying(_ changes: [PluginMessages.Change], to session: Session,
                         isInterrupted: () -> Bool) throws(Failure) -> Session {
        var editor = SessionEditor(session)
        for (index, change) in changes.enumerated() {
            if index % interruptCheckInterval == interruptCheckInterval - 1, isInterrupted() { throw .interrupted }
            do throws(PluginChangeError) {
                try PluginRequest.apply(change, to: &editor)
            } catch {
                throw .change(number: index + 1, reason: error.message)
            }
        }
        return editor.finished()
    }
}
