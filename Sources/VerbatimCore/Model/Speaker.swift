import Foundation

/// A person or organisation quoted, gathered from all the ways articles name them.
public struct Speaker: Codable, Hashable, Sendable {
    /// The fullest plain name ("Antony Blinken").
    public var name: String
    /// Other names used for the same speaker ("Blinken").
    public var aliases: [String]
    /// Roles given with the name ("Secretary of State").
    public var roles: [String]
    /// How many quotations are attributed to the speaker.
    public var quoteCount: Int
    /// Whether the speaker is an organisation rather than a person.
    public var isOrganization: Bool
    /// Fields added by plugins, by name (kept by the session, not in articles' records).
    public var fields: Fields = [:]

    private enum CodingKeys: String, CodingKey {
        case name, aliases, roles, quoteCount, isOrganization
    }

    public init(
        name: String, aliases: [String] = [], roles: [String] = [], quoteCount: Int = 0,
        isOrganization: Bool = false
    ) {
        self.name = name
        self.aliases = aliases
        self.roles = roles
        self.quoteCount = quoteCount
        self.isOrganization = isOrganization
    }

    /// Adds a role unless the speaker has it already, in any case ("Mayor", "mayor").
    public mutating func addRole(_ role: String) {
        guard !roles.contains(where: { SpeakerDirectory.sameIgnoringCase($0, role) }) else { return }
        roles.append(role)
    }

    /// Folds another record of the same speaker into this one.
    public mutating func absorb(_ other: Speaker) {
        for alias in other.aliases where !aliases.contains(alias) && alias != name { aliases.append(alias) }
        for role in other.roles { addRole(role) }
        countQuotes(other.quoteCount)
        isOrganization = isOrganization && other.isOrganization
    }

    /// Adds `count` quotes to the count, stopping at `Int.max` instead of overflowing: counts
    /// read from session files are summed across articles.
    mutating func countQuotes(_ count: Int) {
        let (sum, overflow) = quoteCount.addingReportingOverflow(count)
        quoteCount = overflow ? .max : sum
    }
}
