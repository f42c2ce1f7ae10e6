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
        // Without arguments every article is listed, and no quote needs looking up.
        let articles = invocation.arguments.isEmpty ? nil : Set(try shell.articleIDs(invocation.arguments))
        let kind = invocation.option("kind")
        let speaker = [("speaker", false), ("speaker-like", true)].compactMap { name, like in
            invocation.option(name).map { speakerNames(matching: $0, like: like, in: shell) }
        }.reduce(nil as Set<String>?) { found, names in found.map { $0.intersection(names) } ?? names }
        let needle = invocation.option("grep")
        let quotes = shell.session.quotes
        // Pieces of the quotes are listed on every core, then joined in order.
        let listed = quotes.indices.pieces(of: Self.quotesPerPiece).parallelMap(jobs: ProcessInfo.processInfo.activeProcessorCount) { range in
            var rows: [[Value]] = [], fields: [Fields] = []
            // Quotes are read in place: a copy of each would count references to all its fields.
            quotes[range].withUnsafeBufferPointer { quotes in
                for quote in quotes.indices.lazy.map({ quotes.baseAddress! + $0 }) where articles?.contains(quote.pointee.article) ?? true {
                    if let kind { guard kind == "all" || quote.pointee.kind.rawValue == kind else { continue } }
                    else { guard quote.pointee.kind.isSpeech else { continue } }
                    if let speaker { guard let name = quote.pointee.speaker, speaker.contains(name) else { continue } }
                    if let needle { guard quote.pointee.text.localizedCaseInsensitiveContains(needle) else { continue } }
                    fields.append(quote.pointee.fields)
                    rows.append([.text(quote.pointee.id), .text(quote.pointee.article), Value(quote.pointee.speaker),
                                 .text(quote.pointee.kind.rawValue), Value(quote.pointee.cue), .text(quote.pointee.text)])
                }
            }
            return (rows: rows, fields: fields)
        }
        let table = Table(columns: ["id", "article", "speaker", "kind", "cue", "text"], rows: listed.flatMap(\.rows))
        let fields = listed.flatMap(\.fields)
        return .table(table.addingFields(fields))
    }

    /// How many quotes one core lists at a time.
    private static let quotesPerPiece = 8192

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
