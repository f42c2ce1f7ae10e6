import Foundation
import VerbatimCore

/// `report [ARTICLE...]`: a page showing how outlets carry the quotations they share.
struct ReportCommand: Command {
    let signature = CommandSignature(
        name: "report", summary: "Write a web page showing how outlets quote the same words, side by side.",
        argumentsSynopsis: "[ARTICLE...]", arguments: .articles, maximumArguments: nil,
        options: [
            OptionSpec(name: "to", valueName: "FILE", help: "Write the page to FILE (atomically), such as report.html.", takesPath: true),
            OptionSpec(name: "open", help: "Open the page with the desktop's opener (in a new temporary file without --to)."),
            OptionSpec(name: "only", valueName: "VERDICT", help: "Only quotations with an occurrence of this verdict.",
                       choices: CoverageReport.verdicts.map(\.rawValue)),
            OptionSpec(name: "title", valueName: "TEXT", help: "The page's title (default: \"\(defaultTitle)\")."),
            OptionSpec(name: "format", valueName: "FORMAT", help: "html (the page, the default) or json (its data).",
                       choices: ["html", "json"]),
            MinimumConfidenceOption.spec,
        ],
        discussion: """
        The page has three parts. Outlets: for each outlet, how many of the shared quotations it \
        carries and the share of its occurrences with each verdict, as a bar chart and a table. \
        Quotations: every quotation found in two of the articles or more (those of compare \
        --all, numbered in the same order), each a timeline of its occurrences by date with \
        outlet, speaker, verdict, a link to the source and the changed words as a word diff \
        (removed words struck through, added ones underlined). Articles: each article's text \
        with its quotations marked and labelled with their id and speaker, as show prints them.

        With ARTICLE..., only those articles are compared and shown. Filters by verdict, outlet \
        and speaker and a search box work in the browser, with no server; with scripts off the \
        page shows everything. The page is one file with nothing to fetch: its \
        Content-Security-Policy forbids every request, and all text from articles is escaped. \
        Reports on more than \(ReportPage.articlesShownOpen) articles show each article's text \
        folded, a click away.

        Without --to or --open, the page is printed, for a pipe or a file (not to a terminal). \
        --open hands it to the desktop's opener (xdg-open); on a machine without a desktop it \
        says where the file is. --format json writes the same data as one JSON object: title, \
        outlets (articles, quotations, occurrences, verdicts), groups (their occurrences with \
        compare's fields and start/end spans) and articles (text and quote spans, in Unicode \
        code points).
        """,
        examples: ["report --to coverage.html", "report --open", "report a1 a2 a3 --only altered --title \"Who changed the mayor's words\"",
                   "report --format json --to coverage.json"])

    static let defaultTitle = "How the outlets quote the same words"

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let ids = invocation.arguments.isEmpty ? nil : try invocation.arguments.map { try shell.article($0).id }
        if let ids, Set(ids).count < ids.count { throw ShellError.usage("an article is named twice") }
        let report = try CoverageReport(
            shell.session, articles: ids, minimumConfidence: try MinimumConfidenceOption.value(in: invocation),
            only: invocation.option("only").flatMap(QuoteVerdict.init(rawValue:)),
            title: invocation.option("title") ?? Self.defaultTitle, isInterrupted: shell.isInterrupted)
        let json = invocation.option("format") == "json"
        let bytes = json ? Array((JSONText.value(report.value) + "\n").utf8) : try ReportPage.render(report, isInterrupted: shell.isInterrupted)
        let opening = invocation.flag("open")
        let temporary = opening && invocation.option("to") == nil
            ? try DesktopOpener.newTemporaryFile(extension: json ? "json" : "html", environment: shell.environment) : nil
        guard let path = invocation.option("to") ?? temporary else {
            if !json, shell.writesToTerminal {
                throw ShellError.usage("the report is a web page: give --to FILE.html to write it, or --open to see it")
            }
            return .text(String(decoding: bytes, as: UTF8.self))
        }
        try bytes.withUnsafeBufferPointer { try shell.writeFile($0, to: path, instead: "--to") }
        let written = "wrote a report of \(ReportPage.counted(report.groups.count, "shared quotation")) in "
            + "\(ReportPage.counted(report.articles.count, "article")) to \(path)"
        guard opening else { return .status(written) }
        switch try DesktopOpener(environment: shell.environment).open(shell.absolutePath(path)) {
        case .opened(let opener): return .status("\(written); opened it with \(opener)")
        case .noDesktop(let why): return .status("\(written); \(why): open \(URL(fileURLWithPath: shell.absolutePath(path)).absoluteString) in a browser")
        }
    }
}
