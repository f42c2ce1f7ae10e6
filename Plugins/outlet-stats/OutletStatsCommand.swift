// An in-process plugin: a Swift package target that adds a command through the same public
// `Command` protocol the built-in commands use. The verbatim executable links it and
// registers it with `shell.registry.register(OutletStatsCommand())`.
import VerbatimCore
import VerbatimShell

/// `outlet-stats [ARTICLE...]`: how each outlet quotes: how much, and how often it names who spoke.
public struct OutletStatsCommand: Command {
    public let signature = CommandSignature(
        name: "outlet-stats", summary: "Compare outlets: quotes per article and how often the speaker is named.",
        argumentsSynopsis: "[ARTICLE...]", arguments: .articles, maximumArguments: nil, listsRows: true,
        discussion: """
        For the given articles (all when none), one row per outlet (articles without one count \
        as "(no outlet)"): articles, quotes (of speech), quotes_per_article, named (the share \
        of quotes whose speaker is named), unattributed (the share with no speaker), and \
        partial (the share that are partial quotes inside reported speech). An in-process \
        plugin: see Plugins/README.md.
        """,
        examples: ["outlet-stats", "outlet-stats --format csv"])

    public init() {}

    public func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let chosen = Set(try shell.articleIDs(invocation.arguments))
        var outletOf: [String: String] = [:]
        var tallies: [String: (articles: Int, quotes: Int, named: Int, unattributed: Int, partial: Int)] = [:]
        for article in shell.session.articles where chosen.contains(article.id) {
            let outlet = article.outlet ?? "(no outlet)"
            outletOf[article.id] = outlet
            tallies[outlet, default: (0, 0, 0, 0, 0)].articles += 1
        }
        for quote in shell.session.quotes where quote.kind.isSpeech {
            guard let outlet = outletOf[quote.article] else { continue }
            tallies[outlet]!.quotes += 1
            if quote.kind == .partial { tallies[outlet]!.partial += 1 }
            switch quote.speaker {
            case nil: tallies[outlet]!.unattributed += 1
            case let name? where Self.isName(name): tallies[outlet]!.named += 1
            default: break
            }
        }
        var table = Table(columns: ["outlet", "articles", "quotes", "quotes_per_article", "named", "unattributed", "partial"])
        for (outlet, tally) in tallies.sorted(by: { $0.key < $1.key }) {
            func share(_ count: Int) -> Value { .number(tally.quotes == 0 ? 0 : Double(count) / Double(tally.quotes)) }
            table.append([.text(outlet), .integer(tally.articles), .integer(tally.quotes),
                          .number(Double(tally.quotes) / Double(tally.articles)), share(tally.named),
                          share(tally.unattributed), share(tally.partial)])
        }
        return .table(table)
    }

    /// Whether a speaker is named rather than described ("a spokesman").
    static func isName(_ speaker: String) -> Bool {
        guard let first = speaker.split(separator: " ").first else { return false }
        return first.first?.isUppercase == true && !["The", "A", "An", "One"].contains(String(first))
    }
}
