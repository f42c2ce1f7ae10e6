import VerbatimCore

/// `report`'s page: one self-contained HTML file (its style sheet, script and chart inline, no
/// request to make, and a Content-Security-Policy that forbids any), readable with scripts
/// off and printable.
enum ReportPage {
    /// How many quotations, and how many articles, a page shows at once. A larger report is
    /// large: it shows each article's text folded (a click opens it), and writes the rest of
    /// its quotations and articles in chunks of this many, each inside `noscript`. A browser
    /// running scripts reads a `noscript` as one run of text, which costs next to nothing, and
    /// the page's script turns a chunk into sections when it comes near the screen, or all of
    /// them for a filter, a link or printing; a browser without scripts shows them as they are.
    static let sectionsAtOnce = 100

    /// Whether `report` is large, as `sectionsAtOnce` says.
    static func isLarge(_ report: CoverageReport) -> Bool {
        report.articles.count > sectionsAtOnce || report.groups.count > sectionsAtOnce
    }

    /// The policy: nothing may load or be sent, and only the page's own style sheet and script,
    /// named by their digests, may apply and run; so markup that got into the page could still
    /// not run a script or load anything (a navigation, such as a link followed, is not a load).
    static let contentSecurityPolicy = "default-src 'none'; "
        + "style-src 'sha256-\(SHA256.base64Digest(Array(style.utf8)))'; "
        + "script-src 'sha256-\(SHA256.base64Digest(Array(script.utf8)))'; "
        + "base-uri 'none'; form-action 'none'"

    /// The page of `report`.
    static func render(_ report: CoverageReport, isInterrupted: () -> Bool = { false }) throws(ShellError) -> [UInt8] {
        var page = HTMLWriter()
        page.markup("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        page.markup("<meta http-equiv=\"Content-Security-Policy\" content=\"\(contentSecurityPolicy)\">\n")
        page.markup("<meta name=\"referrer\" content=\"no-referrer\">\n")
        page.markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"Verbatim\">\n")
        page.element("title", text: report.title)
        page.markup("\n<style>\(style)</style>\n</head>\n")
        let large = isLarge(report)
        page.markup(large ? "<body class=\"large\">\n" : "<body>\n")
        header(report, into: &page)
        filters(report, into: &page)
        outlets(report, into: &page)
        page.markup("\n<section id=\"quotations\" data-count=\"\(report.groups.count)\">\n<h2>Quotations shared</h2>\n")
        if report.groups.isEmpty {
            page.element("p", text: report.request.only.map { "No shared quotation has an occurrence judged \($0.rawValue)." }
                ?? "No quotation appears in two of these articles.")
        }
        try sections(report.groups, chunked: large, isInterrupted: isInterrupted, into: &page) { group, page in
            ReportPage.group(group, of: report, into: &page)
        }
        page.markup("</section>\n\n<section id=\"articles\" data-count=\"\(report.articles.count)\">\n<h2>Articles</h2>\n")
        try sections(report.articles, chunked: large, isInterrupted: isInterrupted, into: &page) { article, page in
            ReportPage.article(article, of: report, open: !large, into: &page)
        }
        page.markup("</section>\n<script>\(script)</script>\n</body>\n</html>\n")
        return page.bytes
    }

    /// Writes `items` with `write`; when `chunked`, those after the first `sectionsAtOnce` in
    /// `noscript` chunks of that many.
    private static func sections<Item>(_ items: [Item], chunked: Bool, isInterrupted: () -> Bool, into page: inout HTMLWriter,
                                       _ write: (Item, inout HTMLWriter) -> Void) throws(ShellError) {
        for (index, item) in items.enumerated() {
            if isInterrupted() { throw ShellError.interrupted }
            if chunked, index >= sectionsAtOnce, index % sectionsAtOnce == 0 {
                if index > sectionsAtOnce { page.markup("</noscript></div>\n") }
                page.markup("<div class=\"later\"><noscript>\n")
            }
            write(item, &page)
        }
        if chunked, items.count > sectionsAtOnce { page.markup("</noscript></div>\n") }
    }

    private static func header(_ report: CoverageReport, into page: inout HTMLWriter) {
        page.element("h1", text: report.title)
        let against = report.request.against.flatMap { report.article[$0] }
        let reference = against.map { "its occurrence in \($0.id) (\(CoverageReport.outletName($0)))" }
            ?? "its earliest occurrence (by date, then the order the articles were loaded: the first found, not necessarily the source)"
        var lede = "\(counted(report.articles.count, "article")) from \(counted(report.outlets.count, "outlet")); "
            + "\(counted(report.sharedCount, "quotation")) found in two articles or more, each judged against \(reference)."
        if let only = report.request.only {
            lede += " This page shows the \(report.groups.count) with an occurrence judged \(only.rawValue); the outlet summary counts all \(report.sharedCount)."
        }
        page.element("p", ["class": "lede"], text: lede + " Made by Verbatim.")
        page.markup("<nav><a href=\"#outlets\">Outlets</a><a href=\"#quotations\">Quotations</a><a href=\"#articles\">Articles</a></nav>\n")
    }

    /// The filter bar: hidden in the markup, shown by the script, so that a reader without
    /// scripts sees every row rather than controls that do nothing.
    private static func filters(_ report: CoverageReport, into page: inout HTMLWriter) {
        let occurrences = report.groups.flatMap(\.occurrences)
        let verdicts = CoverageReport.verdicts.filter { verdict in occurrences.contains { $0.verdict == verdict } }.map(\.rawValue)
        let outlets = report.outlets.filter { $0.occurrences > 0 }.map(\.outlet)
        let speakers = Set(occurrences.compactMap(\.speaker)).sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
        page.markup("<form id=\"filters\" class=\"filters\" hidden aria-label=\"Filters\">\n")
        for (name, label, values) in [("verdict", "Verdict", verdicts), ("outlet", "Outlet", outlets), ("speaker", "Speaker", speakers)] {
            page.markup("<label>\(label) <select name=\"\(name)\"><option value=\"\">all</option>")
            for value in values { page.element("option", ["value": value], text: value) }
            page.markup("</select></label>\n")
        }
        page.markup("<label>Search <input type=\"search\" name=\"search\" placeholder=\"words, speaker, outlet\"></label>\n")
        page.markup("<button type=\"reset\">Clear</button>\n<output id=\"shown\" aria-live=\"polite\"></output>\n</form>\n")
    }

    private static func outlets(_ report: CoverageReport, into page: inout HTMLWriter) {
        page.markup("\n<section id=\"outlets\">\n<h2>Outlets</h2>\n")
        page.element("p", ["class": "counts"], text: "How each outlet carries the shared quotations: the share of its "
            + "occurrences by verdict, and how many of the quotations it carries.")
        // Only the verdicts some outlet has, in the legend and the table.
        let verdicts = CoverageReport.verdicts.filter { verdict in report.outlets.contains { $0.verdicts[verdict] != nil } }
        page.markup(OutletChart.svg(report.outlets, verdicts: verdicts))
        page.markup("\n<div class=\"wide\"><table class=\"summary\">\n<thead><tr><th scope=\"col\">outlet</th><th scope=\"col\">articles</th>"
            + "<th scope=\"col\">quotations</th><th scope=\"col\">occurrences</th>")
        for verdict in verdicts { page.markup("<th scope=\"col\">\(verdict.rawValue)</th>") }
        page.markup("</tr></thead>\n<tbody>\n")
        for summary in report.outlets {
            page.markup("<tr>")
            page.element("th", ["scope": "row"], text: summary.outlet)
            for count in [summary.articles, summary.quotations, summary.occurrences] { page.markup("<td>\(count)</td>") }
            for verdict in verdicts {
                let count = summary.verdicts[verdict] ?? 0
                page.markup(count == 0 ? "<td>0</td>" : "<td>\(count) (\(percent(count, of: summary.occurrences)))</td>")
            }
            page.markup("</tr>\n")
        }
        page.markup("</tbody>\n</table></div>\n")
        verdictKey(verdicts, into: &page)
        page.markup("</section>\n")
    }

    /// What each verdict means, for readers who were not at the prompt.
    static let verdictMeanings: [QuoteVerdict: String] = [
        .original: "the occurrence the others are judged against: the earliest found, by date and then the order the articles were loaded (or the article given with --against); not necessarily the source",
        .verbatim: "the same words, once quote marks, apostrophes, case, spacing and closing punctuation are set aside",
        .variant: "the same words spelled or punctuated differently (recognise, recognize)",
        .trimmed: "words left out at the start or end of the quotation, the rest unchanged: a shorter quote, not changed words",
        .extended: "the quotation runs on at the start or end, often into the speaker's next sentence; the rest unchanged",
        .altered: "words inserted, removed or replaced inside the quotation",
        .unquoted: "the words appear in the article's own narration, without quote marks",
        .misattributed: "the words are given to a different person",
        .possible: "may be the same quotation, but matched on too little evidence, or in a story about another occasion, to judge: not an accusation",
        .repeat: "the same quotation again in the same article",
    ]

    private static func verdictKey(_ verdicts: [QuoteVerdict], into page: inout HTMLWriter) {
        page.markup("<details class=\"key\" open><summary>What the verdicts mean</summary>\n<dl>\n")
        for verdict in verdicts {
            page.element("dt", text: verdict.rawValue)
            page.element("dd", text: verdictMeanings[verdict] ?? "")
        }
        page.markup("</dl>\n<p>Changed words are shown as a word diff: removed words struck through, added words "
            + "underlined and bold. In brackets are words of the reference a shorter quote leaves out at its ends, or "
            + "words a longer one quotes beyond them. The diff compares words as matched: lower case, no punctuation.</p>\n"
            + "</details>\n")
    }

    /// `count` as a percentage of `total`, rounded: "25%".
    static func percent(_ count: Int, of total: Int) -> String {
        total == 0 ? "0%" : "\(Int((Double(count) * 100 / Double(total)).rounded()))%"
    }

    /// "1 article", "3 articles".
    static func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
