/// `speakers`: one row per quoted person or organisation.
struct SpeakersCommand: Command {
    let signature = CommandSignature(
        name: "speakers", summary: "List the speakers quoted, one row per person or organisation.",
        argumentsSynopsis: "[ARTICLE...]", arguments: .articles, maximumArguments: nil, listsRows: true,
        discussion: """
        "Antony Blinken", "Blinken" and "Secretary of State Antony Blinken" are one speaker: the
        fullest name is shown, the others are aliases, and titles are roles. Columns: speaker,
        quotes, type (person or organization), roles, aliases, then any fields plugins added.
        """,
        examples: ["speakers", "speakers a2 --format json"])

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let speakers = shell.session.speakers(in: try shell.articleIDs(invocation.arguments))
        var table = Table(columns: ["speaker", "quotes", "type", "roles", "aliases"])
        for speaker in speakers {
            table.append([.text(speaker.name), .integer(speaker.quoteCount),
                          .text(speaker.isOrganization ? "organization" : "person"),
                          .text(speaker.roles.joined(separator: "; ")), .text(speaker.aliases.joined(separator: "; "))])
        }
        return .table(table.addingFields(speakers.map(\.fields)))
    }
}
