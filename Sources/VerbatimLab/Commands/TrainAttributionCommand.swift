import Foundation
import VerbatimCore
import VerbatimShell

/// `train-attribution DIR --to FILE`: trains the speaker chooser's weights on a gold corpus.
struct TrainAttributionCommand: Command {
    let signature = CommandSignature(
        name: "train-attribution", summary: "Train the speaker chooser's weights on a gold brat corpus.",
        argumentsSynopsis: "DIR", arguments: .files, minimumArguments: 1, maximumArguments: 1,
        options: [
            OptionSpec(name: "to", valueName: "FILE", help: "Write the weights to FILE (atomically).", takesPath: true),
            OptionSpec(name: "epochs", valueName: "N", help: "Passes over the examples (default 10)."),
            OptionSpec(name: "rounds", valueName: "N", help: "Collect the examples again with the weights just trained, N times in all (default 2)."),
        ],
        listsRows: true,
        discussion: """
        DIR is a brat corpus as `eval` reads it (../shared/corpus/polnear/train). Every article
        is extracted; for each quotation of speech that matches a gold attribution with a
        Source, the speaker chooser's candidates (the reporting clause's mention, the one carried
        over from the quote's neighbours, no speaker, and the mentions around the quote) are
        labelled right or wrong by protocol 2's speaker rule, and an averaged perceptron learns
        weights that rank a right one first. Because a quote's carried candidate is what the quote
        before it was given, the examples are collected again with the new weights (--rounds).
        The weights go to FILE as FEATURE<TAB>WEIGHT lines, the table that
        Scripts/train-attribution.sh builds into the program. One row: examples, candidates
        (per example), features (with a weight), rule_accuracy (the reporting clause's choice,
        as an untrained chooser makes it), train_accuracy (the trained chooser's, on the same
        examples), reachable (the share with a right candidate other than no speaker, what a
        perfect chooser would reach).
        """,
        examples: ["train-attribution ../shared/corpus/polnear/train --to attribution-weights.tsv"],
        helpSection: LabCommands.helpSection)

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let folder = invocation.arguments[0]
        let corpus = try GoldCorpus(folder: shell.absolutePath(folder))
        let perceptron = AveragedPerceptron(epochs: try invocation.positiveInteger("epochs", default: 10))
        let rounds = try invocation.positiveInteger("rounds", default: 2)
        let untrained = AttributionModel()
        var model = untrained
        var examples = try collect(corpus, model, shell)
        // Weights trained on nothing are all 0: written out, they would build an untrained chooser in.
        guard !examples.examples.isEmpty else {
            throw ShellError.failure("\(folder): no quote of speech matches a gold attribution with a Source; nothing to train on")
        }
        let ruleAccuracy = examples.accuracy(of: untrained)
        for round in 1...rounds {
            if round > 1 { examples = try collect(corpus, model, shell) }
            model = try interruptible { try perceptron.train(examples.examples, isInterrupted: shell.isInterrupted) }
        }
        guard model.isTrained else {
            throw ShellError.failure("learnt no weights: the untrained chooser is right on every example, or no example has a right candidate",
                                     subject: invocation.arguments[0])
        }
        if let path = invocation.option("to") {
            try AtomicFile.write(Data((model.table + "\n").utf8), to: shell.absolutePath(path))
        }
        let candidates = examples.examples.reduce(0) { $0 + $1.features.count }
        var table = Table(columns: ["examples", "candidates", "features", "rule_accuracy", "train_accuracy", "reachable"])
        table.append([.integer(examples.examples.count),
                      .number(Double(candidates) / Double(max(1, examples.examples.count))),
                      .integer(model.weights.filter { $0 != 0 }.count),
                      .number(ruleAccuracy), .number(examples.accuracy(of: model)), .number(examples.reachable)])
        return .table(table)
    }

    private func collect(_ corpus: GoldCorpus, _ model: AttributionModel, _ shell: Shell) throws -> AttributionExamples {
        try interruptible { try AttributionExamples(corpus: corpus, model: model, isInterrupted: shell.isInterrupted) }
    }

    /// The result of `work`, whose `CancellationError` is reported as the shell's interrupt.
    private func interruptible<Result>(_ work: () throws -> Result) throws -> Result {
        do {
            return try work()
        } catch is CancellationError {
            throw ShellError.interrupted
        }
    }
}
