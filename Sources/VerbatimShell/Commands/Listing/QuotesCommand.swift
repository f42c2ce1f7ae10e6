import Foundation
import VerbatimCore

/// `quotes`: the quotations of the session or of some articles, filtered.
struct QuotesCommand: Command {
    let signature = CommandSignature(
        name: "quotes", summary: "List quotations with their speakers.",
        argumentsSynopsis: "[ARTICLE...]", arguments: .articles, maximumArguments: nil,
        options: [
            OptionSpec(name: "speaker", valueName: "NAME",
                       help: "Only quotes of this speaker: each word of NAME is a word of the name or an alias (any case and accents)."),
            OptionSpec(name: "speaker-like", valueName: "TEXT", help: "Only quotes of speakers whose name or an alias contains TEXT (any case)."),
            OptionSpec(name: "grep", valueName: "TEXT", help: "Only quotes whose text contains TEXT (any case)."),
            OptionSpec(name: "kind", valueName: "KIND", help: "Only quotes of this kind; `all` includes scare quotes and titles.",
                       choices: QuoteKind.allCases.map(\.rawValue) + ["all"]),
        ],
        listsRows: true,
        discussion: """
        Without --kind, lists quotations of speech (kinds direct and partial). Columns: id, \
        article, speaker, kind, cue, text, then any fields plugins added. A filter that matches \
        nothing lists nothing (and says so on standard error): an empty answer is not an error.
        """,
        examples: ["quotes", "quotes a1 --speaker Blinken", "quotes --grep referenda --format json", "quotes --kind scare"])

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let articles = Set(try shell.articleIDs(invocation.arguments))
        let kind = invocation.option("kind")
        let speaker = [("speaker", false), ("speaker-like", true)].compactMap { name, like in
            invocation.option(name).map { speakerNames(matching: $0, like: like, in: shell) }
        }.reduce(nil as Set<String>?) { found, names in found.map { $0.intersection(names) } ?? names }
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

    /// The names and aliases of the speakers `query` names: each of its words is a word of the
    /// name or of an alias ("reyes", "Tomas Reyes"; not "re"), or with `like`, it is part of
    /// one. None matching is said on standard error.
    private func speakerNames(matching query: String, like: Bool, in shell: Shell) -> Set<String> {
        let wanted = Self.words(query)
        let matching = shell.session.speakers().filter { speaker in
            ([speaker.name] + speaker.aliases).contains { name in
                like ? name.localizedCaseInsensitiveContains(query) : !wanted.isEmpty && wanted.isSubset(of: Self.words(name))
            }
        }
        if matching.isEmpty { shell.say("no speaker matches \"\(query)\"; speakers lists them") }
        return Set(matching.flatMap { [$0.name] + $0.aliases })
    }

    /// The words of a name, without case or accents.
    private static func words(_ name: String) -> Set<String> {
        Set(name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" }.map(String.init))
    }
}
