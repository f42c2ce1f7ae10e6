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
            OptionSpec(name: "against", valueName: "ARTICLE",
                       help: "Judge every occurrence against ARTICLE's quotes, not the earliest (as compare --against does)."),
            OptionSpec(name: "title", valueName: "TEXT", help: "The page's title (default: \"\(defaultTitle)\")."),
            OptionSpec(name: "format", valueName: "FORMAT", help: "html (the page) or json (its data); the default is json for a --to FILE ending in .json, else html.",
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

        With ARTICLE..., only those articles are compared and shown. With --against ARTICLE, \
        each quote of ARTICLE is the reference its occurrences elsewhere are judged against, \
        whatever was published first. With --only VERDICT, the page shows the quotations with \
        an occurrence of that verdict and says so; the outlet summary still counts them all. \
        The page has a key to the verdicts. Filters by verdict, outlet \
        and speaker and a search box work in the browser, with no server; with scripts off the \
        page shows everything. The page is one file with nothing to fetch: its \
        Content-Security-Policy forbids it to load anything, and all text from articles is escaped. \
        A report of more than \(ReportPage.sectionsAtOnce) articles or quotations shows each \
        article's text folded, a click away, and builds its sections as they come near the \
        screen, so that a browser opens it in seconds.

        Without --to or --open, the page is printed, for a pipe or a file (not to a terminal). \
        --open hands it to the desktop's opener (xdg-open); on a machine without a desktop it \
        says where the file is. --format json writes the same data as one JSON object: title, \
        only, against, shared (how many quotations are shared), outlets (articles, quotations, \
        occurrences, verdicts), groups (those shown, their occurrences with \
        compare's fields and start/end spans) and articles (text and quote spans, in Unicode \
        code points).
        """,
        examples: ["report --to coverage.html", "report --open", "report a1 a2 a3 --only altered --title \"Who changed the mayor's words\"",
                   "report --against reuters --to against-reuters.html",
                   "report --format json --to coverage.json"])

    static let defaultTitle = "How the outlets quote the same words"

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        guard !shell.session.articles.isEmpty else { throw ShellError.failure("no articles are loaded", hint: "load some first") }
        let target = invocation.option("to")
        let opening = invocation.flag("open")
        let json = (invocation.option("format") ?? (target?.lowercased().hasSuffix(".json") == true ? "json" : "html")) == "json"
        if target == nil, !opening, !json, shell.writesToTerminal {
            throw ShellError.usage("the report is a web page: give --to FILE.html to write it, or --open to see it")
        }
        let request = try Self.request(invocation, in: shell)
        let report = try CoverageReport(shell.session, request, isInterrupted: shell.isInterrupted)
        let bytes = json ? Array((JSONText.value(report.value) + "\n").utf8) : try ReportPage.render(report, isInterrupted: shell.isInterrupted)
        let temporary = opening && target == nil ? try temporaryFile(extension: json ? "json" : "html", in: shell) : nil
        guard let path = target ?? temporary else { return .text(String(decoding: bytes, as: UTF8.self)) }
        try bytes.withUnsafeBufferPointer { try shell.writeFile($0, to: path, instead: "--to") }
        let shown = report.groups.count == report.sharedCount
            ? ReportPage.counted(report.sharedCount, "shared quotation") : "\(report.groups.count) of \(report.sharedCount) shared quotations"
        let written = "wrote a report of \(shown) in \(ReportPage.counted(report.articles.count, "article")) to \(path)"
        guard opening else { return .status(written) }
        let address = URL(fileURLWithPath: shell.absolutePath(path)).absoluteString
        switch try DesktopOpener(environment: shell.environment).open(shell.absolutePath(path)) {
        case .opened(let opener): return .status("\(written); opened it with \(opener)")
        case .notOpened(let why):
            // Said even when quiet: the file was asked to be seen, and this is where it is.
            shell.writeError("\(written); \(why): open \(address) in a browser\n")
            return .none
        }
    }

    /// A new file in `$TMPDIR` (or /tmp), a relative `TMPDIR` taken from the shell's folder.
    private func temporaryFile(extension: String, in shell: Shell) throws -> String {
        let folder = shell.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        let absolute = folder.hasPrefix("/") ? folder : (shell.workingDirectory as NSString).appendingPathComponent(folder)
        return try DesktopOpener.newTemporaryFile(extension: `extension`, in: absolute)
    }

    /// What the invocation asks for, its articles and options checked.
    private static func request(_ invocation: Invocation, in shell: Shell) throws -> CoverageReport.Request {
        let title = invocation.option("title") ?? defaultTitle
        guard title.contains(where: { !$0.isWhitespace }) else { throw ShellError.usage("--title needs some text") }
        var request = CoverageReport.Request(title: title)
        if !invocation.arguments.isEmpty {
            let ids = try invocation.arguments.map { try shell.article($0).id }
            if Set(ids).count < ids.count { throw ShellError.usage("an article is named twice") }
            request.articles = ids
        }
        request.minimumConfidence = try MinimumConfidenceOption.value(in: invocation)
        request.only = invocation.option("only").flatMap(QuoteVerdict.init(rawValue:))
        if let against = try invocation.option("against").map({ try shell.article($0).id }) {
            request.against = against
            if let given = request.articles, !given.contains(against) { request.articles = given + [against] }
        }
        return request
    }
}
