/// Speakers with their names indexed, so that finding the speaker a name refers to, or adding
/// a speaker, costs the same however many speakers there are. Follows `SpeakerDirectory`'s
/// rules: the same name ignoring case, an alias no other speaker shares, or a surname one
/// speaker alone has when either name is a single word.
public struct SpeakerIndex: Sendable {
    /// The speakers, in the order they were added.
    public private(set) var speakers: [Speaker] = []
    /// Speakers by name, lowercased.
    private var byName: [String: Set<Int>] = [:]
    /// Speakers by alias, lowercased.
    private var byAlias: [String: Set<Int>] = [:]
    /// Speakers by surname (`SpeakerDirectory.lastWord`), lowercased.
    private var bySurname: [String: Set<Int>] = [:]

    /// An index of `speakers`, taken as they are (not merged).
    public init(_ speakers: [Speaker] = []) {
        self.speakers = speakers
        for index in speakers.indices { indexKeys(of: index) }
    }

    /// An index of `records` merged into one record per entity: multi-word names first, so
    /// that surnames fold into full names.
    public init(merging records: [Speaker]) {
        for record in records where !SpeakerDirectory.isSingleWord(record.name) { add(record) }
        for record in records where SpeakerDirectory.isSingleWord(record.name) { add(record) }
    }

    /// The index of the speaker that `name` refers to, if any.
    public func match(_ name: String) -> Int? {
        let key = name.lowercased()
        if let exact = byName[key]?.min() { return exact }
        // An alias names one speaker only if no other speaker has it too ("Obama").
        if let byAlias = byAlias[key], !byAlias.isEmpty {
            return byAlias.count == 1 ? byAlias.first : nil
        }
        guard let sameSurname = bySurname[SpeakerDirectory.lastWord(of: name).lowercased()], sameSurname.count == 1,
              let other = sameSurname.first else { return nil }
        return SpeakerDirectory.isSingleWord(name) || SpeakerDirectory.isSingleWord(speakers[other].name) ? other : nil
    }

    /// Adds `speaker`, merging it into the record of the same entity (see
    /// `SpeakerDirectory.merge`). Returns the index of the record.
    @discardableResult
    public mutating func add(_ speaker: Speaker) -> Int {
        guard let index = match(speaker.name) else {
            speakers.append(speaker)
            indexKeys(of: speakers.count - 1)
            return speakers.count - 1
        }
        let old = speakers[index]
        let merged = SpeakerDirectory.merge(speaker, into: old)
        if merged.name == old.name {
            // The record kept its name: it only gained aliases, at the end.
            speakers[index] = merged
            for alias in merged.aliases.dropFirst(old.aliases.count) { byAlias[alias.lowercased(), default: []].insert(index) }
        } else {
            unindexKeys(of: index)
            speakers[index] = merged
            indexKeys(of: index)
        }
        return index
    }

    /// Adds `count` quotes to the count of the speaker at `index`.
    public mutating func countQuotes(_ count: Int, at index: Int) {
        speakers[index].countQuotes(count)
    }

    private mutating func indexKeys(of index: Int) {
        let speaker = speakers[index]
        byName[speaker.name.lowercased(), default: []].insert(index)
        bySurname[SpeakerDirectory.lastWord(of: speaker.name).lowercased(), default: []].insert(index)
        for alias in speaker.aliases { byAlias[alias.lowercased(), default: []].insert(index) }
    }

    private mutating func unindexKeys(of index: Int) {
        let speaker = speakers[index]
        byName[speaker.name.lowercased()]?.remove(index)
        bySurname[SpeakerDirectory.lastWord(of: speaker.name).lowercased()]?.remove(index)
        for alias in speaker.aliases { byAlias[alias.lowercased()]?.remove(index) }
    }
}
