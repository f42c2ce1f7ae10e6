import VerbatimCore
import VerbatimShell

/// `eval DIR`: scores quote extraction on a brat corpus.
struct EvalCommand: Command {
    let signature = CommandSignature(
        name: "eval", summary: "Score quote extraction and attribution against a gold brat corpus.",
        argumentsSynopsis: "DIR", arguments: .files, minimumArguments: 1, maximumArguments: 1,
        options: [
            OptionSpec(name: "errors", help: "List every miss, false alarm and wrong speaker instead of the scores."),
            OptionSpec(name: "only", valueName: "KIND", help: "With --errors, only errors of this kind.",
                       choices: ["miss", "false-alarm", "wrong-speaker"]),
            OptionSpec(name: "by", valueName: "FIELD", help: "Count the errors by this field instead of listing them (implies --errors).",
                       choices: ["cause"]),
            OptionSpec(name: "speakers", help: "List every speaker entity found in the corpus instead of the scores."),
            OptionSpec(name: "weights", valueName: "FILE", help: "Choose speakers with the weights train-attribution wrote to FILE.",
                       takesPath: true),
            OptionSpec(name: "protocol", valueName: "N", help: "Score by protocol 1 (the old rules, for comparison with old figures) or 2 (the default).",
                       choices: ScoringProtocol.allCases.map { String($0.rawValue) }),
        ],
        listsRows: true,
        discussion: """
        DIR holds text/NAME.txt and attributions/NAME_ANNOTATOR.ann (the first annotator's file
        in sorted order is the gold), as in ../shared/corpus/polnear/dev. Every article is
        extracted afresh; the session is not touched. By default scoring follows protocol 2 of
        shared/docs/quote-evaluation.md: a gold direct quote is an attribution whose Content
        lies mostly inside the article's quote-marked stretches; a quote of speech is correct
        when half of it lies in one gold direct quote's Content, or else in one other
        attribution's (which finds nothing for recall); a gold quote is found when half of it is
        covered by the quotes matched to it; the attribution is right when the speaker mention
        overlaps the gold Source, the speaker equals its text, or both name the same surname;
        end-to-end scores count only correct, rightly attributed quotes.
        --protocol 1 scores by the old rules instead, as score_quotes.py --protocol 1 does: a gold
        direct quote is a Content whose own text holds a quote mark and is mostly between marks;
        other attributions are not read, so a quote outside every gold direct quote is a false
        alarm; surnames do not credit an attribution.
        Columns: articles, gold, system, correct, found, precision, recall, f1, attribution,
        e2e_precision, e2e_recall, e2e_f1. With --errors: article, error, start, end, kind
        (the extracted quote's), expected, found, context (the quote marked ⟦…⟧ in its surrounding
        text), cause. With --by cause, one row per error and cause: error, cause, count, share (of
        that error's count); docs/evaluation.md gives the tests that decide the causes.
        --weights FILE scores the speaker chooser with weights train-attribution wrote, instead
        of the ones built in. With --speakers, one row per speaker entity, merged across articles as `speakers` merges
        a session's, most quoted first, for reviewing the names: speaker, quotes, type, roles,
        aliases, articles (how many), found_in (their names).
        """,
        examples: ["eval ../shared/corpus/polnear/dev", "eval ../shared/corpus/seed --errors",
                   "eval ../shared/corpus/polnear/dev --errors --only wrong-speaker --format tsv",
                   "eval ../shared/corpus/polnear/dev --by cause",
                   "eval ../shared/corpus/polnear/dev --speakers", "eval ../shared/corpus/polnear/dev --protocol 1"],
        helpSection: LabCommands.helpSection)

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let scoringProtocol = invocation.option("protocol").flatMap(Int.init).flatMap(ScoringProtocol.init) ?? .two
        let corpus = try GoldCorpus(folder: shell.absolutePath(invocation.arguments[0]), by: scoringProtocol)
        let listsErrors = invocation.flag("errors") || invocation.option("by") != nil
        if invocation.flag("speakers"), listsErrors {
            throw ShellError.usage("--speakers and --errors are separate listings; give one of them")
        }
        let pipeline = try invocation.option("weights").map { try Self.pipeline(weights: $0, in: shell) }
            ?? ExtractionPipeline.standard
        var evaluation = QuoteEvaluation(by: scoringProtocol)
        var speakers = SpeakerListing()
        for document in corpus.documents {
            if shell.isInterrupted() { throw ShellError.interrupted }
            let extraction = pipeline.extract(document.text)
            evaluation.add(article: document.name, text: ScalarText(document.text), gold: document.quotes,
                           other: document.otherAttributions, system: extraction.quotes.map(SystemQuote.init))
            speakers.add(article: document.name, speakers: extraction.speakers)
        }
        if invocation.option("by") != nil {
            return .table(causeTable(evaluation, only: invocation.option("only")))
        }
        if listsErrors {
            return .table(errorTable(evaluation, only: invocation.option("only")))
        }
        guard invocation.option("only") == nil else { throw ShellError.usage("--only goes with --errors") }
        if invocation.flag("speakers") {
            return .table(speakerTable(speakers))
        }
        var table = Table(columns: ["articles", "gold", "system", "correct", "found", "precision", "recall", "f1",
                                    "attribution", "e2e_precision", "e2e_recall", "e2e_f1"])
        table.append([.integer(corpus.documents.count), .integer(evaluation.goldQuotes), .integer(evaluation.systemQuotes),
                      .integer(evaluation.correctQuotes), .integer(evaluation.foundGold), .number(evaluation.precision),
                      .number(evaluation.recall), .number(evaluation.f1), .number(evaluation.attributionAccuracy),
                      .number(evaluation.endToEndPrecision), .number(evaluation.endToEndRecall), .number(evaluation.endToEndF1)])
        return .table(table)
    }

    /// The standard pipeline with its speaker chooser's weights read from `file`, which must be
    /// UTF-8 text (a binary file is refused, though it may hold a table's bytes). Lines that set
    /// no weight of this program's features are skipped with a warning.
    static func pipeline(weights file: String, in shell: Shell) throws -> ExtractionPipeline {
        let text = try TextFileReader.utf8Text(shell.absolutePath(file), name: file)
        let model = AttributionModel(table: text)
        guard model.isTrained else { throw ShellError.failure("\(file) holds no weights (FEATURE<TAB>WEIGHT lines)") }
        let unread = AttributionModel.unreadLines(of: text)
        if !unread.isEmpty {
            let shown = unread.prefix(5).map(String.init).joined(separator: ", ") + (unread.count > 5 ? " …" : "")
            shell.writeError("\(file): skipped \(unread.count) line\(unread.count == 1 ? "" : "s") that set no weight of this program's features (line \(shown))\n")
        }
        return ExtractionPipeline.standard.choosingSpeakers(with: model)
    }

    private func speakerTable(_ listing: SpeakerListing) -> Table {
        var table = Table(columns: ["speaker", "quotes", "type", "roles", "aliases", "articles", "found_in"])
        for entry in listing.byQuoteCount {
            let speaker = entry.speaker
            table.append([.text(speaker.name), .integer(speaker.quoteCount), .text(speaker.isOrganization ? "organization" : "person"),
                          .text(speaker.roles.joined(separator: "; ")), .text(speaker.aliases.joined(separator: "; ")),
                          .integer(entry.articles.count), .text(entry.articles.joined(separator: "; "))])
        }
        return table
    }

    private func errorTable(_ evaluation: QuoteEvaluation, only kind: String?) -> Table {
        var table = Table(columns: ["article", "error", "start", "end", "kind", "expected", "found", "context", "cause"])
        for error in evaluation.errors where kind == nil || error.kind.rawValue == kind {
            table.append([.text(error.article), .text(error.kind.rawValue), .integer(error.span.start), .integer(error.span.end),
                          Value(error.quoteKind?.rawValue), Value(error.expectedSpeaker), Value(error.foundSpeaker), .text(error.context),
                          .text(error.cause.rawValue)])
        }
        return table
    }

    /// One row per error kind and cause, most frequent first within each kind.
    private func causeTable(_ evaluation: QuoteEvaluation, only kind: String?) -> Table {
        var table = Table(columns: ["error", "cause", "count", "share"])
        for errorKind in [EvaluationError.Kind.falseAlarm, .miss, .wrongSpeaker] where kind == nil || errorKind.rawValue == kind {
            let errors = evaluation.errors.filter { $0.kind == errorKind }
            let counts: [ErrorCause: Int] = Dictionary(grouping: errors, by: \.cause).mapValues(\.count)
            let causes: [ErrorCause] = ErrorCause.allCases.filter { counts[$0] != nil }
            for cause in causes.sorted(by: { counts[$0, default: 0] > counts[$1, default: 0] }) {
                let count = counts[cause, default: 0]
                table.append([.text(errorKind.rawValue), .text(cause.rawValue), .integer(count),
                              .number(Double(count) / Double(errors.count))])
            }
        }
        return table
    }
}
