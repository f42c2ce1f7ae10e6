import Foundation
import VerbatimCore

/// `quotes`: the quotations of the session or of some articles, filtered.
struct QuotesCommand: Command {
    let signature = CommandSignature(
        name: "quotes", summary: "List quotations with their speakers.",
        argumentsSynopsis: "[ARTICLE...]", arguments: .articles, maximumArguments: nil,
        options: [
            OptionSpec(name: "speaker", valueName: "NAME", help: "Only quotes of this speaker (name or alias, any case)."),
            OptionSpec(name: "grep", valueName: "TEXT", help: "Only quotes whose text contains TEXT (any case)."),
            OptionSpec(name: "kind", valueName: "KIND", help: "Only quotes of this kind; `all` includes scare quotes and titles.",
                       choices: QuoteKind.allCases.map(\.rawValue) + ["all"]),
        ],
        listsRows: true,
        discussion: """
        Without --kind, lists quotations of speech (kinds direct and partial). Columns: id,
        article, speaker, kind, cue, text, then any fields plugins added.
        """,
        examples: ["quotes", "quotes a1 --speaker Blinken", "quotes --grep referenda --format json", "quotes --kind scare"])

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let articles = Set(try shell.articleIDs(invocation.arguments))
        let kind = invocation.option("kind")
        let speaker = try invocation.option("speaker").map { try speakerNames(matching: $0, in: shell) }
        let needle = invocation.option("grep")
        var table = Table(columns: ["id", "article", "speaker", "kind", "cue", "text"])
        var fields: [Fields] = []
        for quote in shell.session.quotes where articles.contains(quote.article) {
            if let kind { guard kind == "all" || quote.kind.rawValue == kind else { continue } }
            else { guard quote.kind.isSpeech else { continue } }
            if let speaker { guard let name = quote.speaker, speaker.contains(name) else { continue } }
            if let needle { guard quote.text.localizedCaseInsensitiveContains(needle) else { continue } }
            fields.append(quote.fields)
            table.append([.text(quote.id), .text(quote.article), Value(quote.speaker), .text(quote.kind.rawValue),
                          Value(quote.cue), .text(quote.text)])
        }
        return .table(table.addingFields(fields))
    }

    /// The names and aliases of the speakers `query` names (by name or alias, whole or in part).
    private func speakerNames(matching query: String, in shell: Shell) throws -> Set<String> {
        let speakers = shell.session.speakers()
        let matching = speakers.filter { speaker in
            ([speaker.name] + speaker.aliases).contains { $0.localizedCaseInsensitiveContains(query) }
        }
        guard !matching.isEmpty else {
            throw ShellError.failure("no speaker matches \"\(query)\"; speakers lists them", subject: query)
        }
        return Set(matching.flatMap { [$0.name] + $0.aliases })
    }
}
