import Foundation

/// Decides which names belong to one speaker, and merges speaker records accordingly.
///
/// Two names are one speaker when they are equal ignoring case, when one is an alias of the
/// other that no third speaker shares, or when one is a single word equal to the other's surname
/// ("Blinken" and "Antony Blinken") and no other speaker has that surname.
public enum SpeakerDirectory {
    /// Generational suffixes, which are not surnames ("Brent Bozell III", "Martin Luther King Jr.").
    public static let suffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]

    /// The surname: the last word of a name that is not a generational suffix.
    public static func lastWord(of name: String) -> Substring {
        let words = name.split(separator: " ")
        return words.last { !suffixes.contains($0.lowercased()) } ?? words.last ?? Substring(name)
    }

    static func isSingleWord(_ name: String) -> Bool { !name.utf8.contains(0x20) }

    /// Whether two names are equal ignoring case, as `caseInsensitiveCompare` says, without
    /// its cost when both are ASCII (nearly every name).
    static func sameIgnoringCase(_ one: String, _ other: String) -> Bool {
        let (first, second) = (one.utf8, other.utf8)
        let ascii = first.allSatisfy { $0 < 0x80 } && second.allSatisfy { $0 < 0x80 }
        guard ascii else { return one.caseInsensitiveCompare(other) == .orderedSame }
        return first.count == second.count && zip(first, second).allSatisfy { $0 == $1 || $0 | 0x20 == $1 | 0x20 && ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
    }

    /// The index of the speaker in `speakers` that `name` refers to, if any.
    public static func match(_ name: String, in speakers: [Speaker]) -> Int? {
        if let exact = speakers.firstIndex(where: { sameIgnoringCase($0.name, name) }) {
            return exact
        }
        // An alias names one speaker only if no other speaker has it too ("Obama").
        let byAlias = speakers.indices.filter { speakers[$0].aliases.contains { sameIgnoringCase($0, name) } }
        if byAlias.count == 1 { return byAlias[0] }
        if byAlias.count > 1 { return nil }
        let word = lastWord(of: name).lowercased()
        let sameSurname = speakers.indices.filter { lastWord(of: speakers[$0].name).lowercased() == word }
        guard sameSurname.count == 1 else { return nil }
        let other = speakers[sameSurname[0]]
        return isSingleWord(name) || isSingleWord(other.name) ? sameSurname[0] : nil
    }

    /// Adds `speaker` to `speakers`, merging it into the record of the same entity.
    /// The longer name wins as the canonical one. Returns the index of the record.
    @discardableResult
    public static func add(_ speaker: Speaker, to speakers: inout [Speaker]) -> Int {
        guard let index = match(speaker.name, in: speakers) else {
            speakers.append(speaker)
            return speakers.count - 1
        }
        speakers[index] = merge(speaker, into: speakers[index])
        return index
    }

    /// The record of one entity with `speaker` folded into `record`: the longer name wins as
    /// the canonical one, and the other becomes an alias.
    static func merge(_ speaker: Speaker, into record: Speaker) -> Speaker {
        var merged = record
        if speaker.name.count > merged.name.count {
            var promoted = speaker
            promoted.quoteCount = 0
            promoted.absorb(merged)
            if !promoted.aliases.contains(merged.name) { promoted.aliases.append(merged.name) }
            merged = promoted
            merged.countQuotes(speaker.quoteCount)
        } else {
            merged.absorb(speaker)
            if speaker.name != merged.name, !merged.aliases.contains(speaker.name) {
                merged.aliases.append(speaker.name)
            }
        }
        return merged
    }

    /// One record per entity: multi-word names first, so surnames fold into full names, then
    /// names that differ by a middle name or initial (`joiningMiddleNames`). Indexed, so the
    /// cost grows with the records, not with their square.
    public static func merging(_ records: [Speaker]) -> [Speaker] {
        joiningMiddleNames(SpeakerIndex(merging: records).speakers)
    }

    /// People whose names differ only by a middle name or initial as one ("Donald J. Trump"
    /// and "Donald Trump", "Hillary Rodham Clinton" and "Hillary Clinton", accents aside),
    /// under the most quoted name, the others its aliases; when the names of one first and
    /// last name carry two different middles (George W. Bush, George H. W. Bush), none of them
    /// are joined. People who only share a surname (Hillary and Bill Clinton) stay apart.
    static func joiningMiddleNames(_ speakers: [Speaker]) -> [Speaker] {
        func parts(_ name: String) -> (key: String, middle: String)? {
            let words = name.split(separator: " ").map { ComparedText.folded($0.lowercased()) }
            guard words.count >= 2 else { return nil }
            return (words[0] + " " + words[words.count - 1],
                    words.dropFirst().dropLast().map { $0.replacingOccurrences(of: ".", with: "") }.joined(separator: " "))
        }
        var groups: [String: [Int]] = [:]
        for (index, speaker) in speakers.enumerated() where !speaker.isOrganization {
            if let key = parts(speaker.name)?.key { groups[key, default: []].append(index) }
        }
        var keeperOf: [Int: Int] = [:]
        for members in groups.values where members.count > 1 {
            let middles = Set(members.compactMap { parts(speakers[$0].name)?.middle }.filter { !$0.isEmpty })
            guard middles.count <= 1,
                  let keeper = members.max(by: { (speakers[$0].quoteCount, -speakers[$0].name.count, -$0)
                                                    < (speakers[$1].quoteCount, -speakers[$1].name.count, -$1) }) else { continue }
            for member in members where member != keeper { keeperOf[member] = keeper }
        }
        guard !keeperOf.isEmpty else { return speakers }
        var joined = speakers
        for (member, keeper) in keeperOf.sorted(by: { $0.key < $1.key }) {
            joined[keeper].absorb(speakers[member])
            if !joined[keeper].aliases.contains(speakers[member].name) { joined[keeper].aliases.append(speakers[member].name) }
        }
        return joined.indices.filter { keeperOf[$0] == nil }.map { joined[$0] }
    }
}
