import Foundation
import VerbatimCore
import VerbatimShell

/// `compare-eval PAIRS CORPUS...`: scores `compare --all`'s verdicts against pairs labelled by hand.
struct CompareEvalCommand: Command {
    let signature = CommandSignature(
        name: "compare-eval", summary: "Score compare --all's verdicts against pairs of occurrences labelled by hand.",
        argumentsSynopsis: "PAIRS CORPUS...", arguments: .files, minimumArguments: 2, maximumArguments: nil,
        options: [
            OptionSpec(name: "errors", help: "List the wrong and the missed accusations instead of the scores."),
            MinimumConfidenceOption.spec,
        ],
        listsRows: true,
        discussion: """
        PAIRS is a labels file (Scripts/evaluation/polnear-compare-pairs.tsv and its rubric): \
        tab-separated pair, a_file, a_start, a_end, b_file, b_start, b_end, same, verdict, \
        note, where a and b name an article by its export name (a corpus record's id or a \
        file's name without extension) and a span of code points, same says whether they are \
        one statement, and verdict is the one b deserves against a (or different). CORPUS \
        is loaded into a session of its own (with dates, which decide what is earliest), \
        compare --all is run on it, and each pair gets the verdict of its later occurrence \
        when both lie in one group, or none. Columns: verdict, given (pairs given it), right \
        (of those, pairs that deserve it), precision, deserved (pairs that deserve it), found \
        (of those, pairs given it), recall; a last row, accusatory, for altered, trimmed, \
        extended, unquoted and misattributed together. With --errors: pair, expected, found, \
        reference (the earlier text), occurrence.
        """,
        examples: ["compare-eval Scripts/evaluation/polnear-compare-pairs.tsv polnear.jsonl"],
        helpSection: LabCommands.helpSection)

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let labels = shell.absolutePath(invocation.arguments[0])
        let pairs: [LabelledPair]
        do {
            pairs = try LabelledPair.read(String(contentsOfFile: labels, encoding: .utf8), file: invocation.arguments[0])
        } catch let error as LabelledPairError {
            throw ShellError.failure(error.errorDescription ?? "\(error)")
        } catch {
            throw ShellError.failure("\(invocation.arguments[0]): \(error.localizedDescription)")
        }
        var loader = shell.articleLoader()
        var session = Session()
        for source in try loader.allSources(for: Array(invocation.arguments.dropFirst())) {
            if shell.isInterrupted() { throw ShellError.interrupted }
            session.add(source)
        }
        var matcher = QuoteMatcher(session)
        matcher.minimumConfidence = try MinimumConfidenceOption.value(in: invocation)
        let evaluation = ComparisonEvaluation(pairs: pairs, groups: matcher.groups(), articles: session.articles,
                                              judge: ComparisonEvaluation.judge(with: matcher))
        if invocation.flag("errors") {
            var table = Table(columns: ["pair", "expected", "found", "reference", "occurrence"])
            for outcome in evaluation.errors {
                table.append([.integer(outcome.pair.number), .text(outcome.pair.verdict?.rawValue ?? "different"),
                              .text(outcome.found?.rawValue ?? "none"), Value(outcome.referenceText), Value(outcome.occurrenceText)])
            }
            return .table(table)
        }
        var table = Table(columns: ["verdict", "given", "right", "precision", "deserved", "found", "recall"])
        func append(_ name: String, _ counts: (given: Int, right: Int, deserved: Int, found: Int)) {
            table.append([.text(name), .integer(counts.given), .integer(counts.right), .share(counts.right, of: counts.given),
                          .integer(counts.deserved), .integer(counts.found), .share(counts.found, of: counts.deserved)])
        }
        for verdict in ComparisonEvaluation.verdicts { append(verdict.rawValue, evaluation.counts(verdict)) }
        append("accusatory", evaluation.accusatory)
        return .table(table)
    }
}
