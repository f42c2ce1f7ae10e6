import VerbatimCore

extension ReportPage {
    /// Equal runs of a word diff longer than this are shortened to their ends around "…".
    static let longestEqualRun = 14

    /// One quotation: its occurrences as a timeline, each with its verdict and changed words.
    static func group(_ group: CoverageReport.Group, of report: CoverageReport, into page: inout HTMLWriter) {
        let id = "group-\(group.number)"
        let outlets = Set(group.occurrences.compactMap { report.article[$0.article].map(CoverageReport.outletName) })
        page.markup("<section class=\"group\" id=\"\(id)\">\n<h3><a href=\"#\(id)\">Quotation \(group.number)</a> · ")
        page.text(group.occurrences.first?.speaker ?? "speaker unknown")
        page.text(" · \(counted(group.occurrences.count, "occurrence")) in \(counted(outlets.count, "outlet"))")
        page.markup("</h3>\n<ol class=\"timeline\">\n")
        for occurrence in group.occurrences { self.occurrence(occurrence, of: report, into: &page) }
        page.markup("</ol>\n</section>\n")
    }

    private static func occurrence(_ occurrence: QuoteOccurrence, of report: CoverageReport, into page: inout HTMLWriter) {
        let article = report.article[occurrence.article]
        page.open("li", ["class": "occurrence", "data-verdict": occurrence.verdict.rawValue,
                         "data-outlet": article.map(CoverageReport.outletName) ?? "", "data-speaker": occurrence.speaker ?? "",
                         "data-article": occurrence.article])
        page.markup("<div class=\"head\">")
        page.element("time", text: article?.date ?? "undated")
        page.element("span", ["class": "outlet"], text: article.map(CoverageReport.outletName) ?? occurrence.article)
        let anchor = occurrence.quote.map { "quote-\($0)" } ?? unquotedAnchor(occurrence)
        page.element("a", ["href": "#" + anchor], text: occurrence.article + " · " + (occurrence.quote ?? "no quote marks"))
        page.element("span", ["class": "speaker"], text: occurrence.speaker ?? "speaker unknown")
        page.element("span", ["class": "badge verdict-\(occurrence.verdict.rawValue)"], text: occurrence.verdict.rawValue)
        if occurrence.wording != occurrence.verdict, occurrence.verdict == .unquoted || occurrence.verdict == .misattributed {
            page.element("span", ["class": "wording"], text: "words: \(occurrence.wording.rawValue)")
        }
        if occurrence.verdict != .original {
            page.element("span", ["class": "similarity"], text: "similarity \(Value.format(occurrence.similarity))")
        }
        if let address = HTMLText.linkAddress(article?.url) {
            page.element("a", ["href": address, "rel": "noopener noreferrer"], text: "source")
        }
        page.markup("</div>\n")
        page.element("blockquote", text: occurrence.text)
        if let diff = occurrence.diff, diff.runs.contains(where: { $0.operation != .equal }) {
            page.markup("\n<p class=\"diff\"><span class=\"diff-label\">words changed:</span>")
            wordDiff(diff, into: &page)
            page.markup("</p>")
        }
        page.markup("</li>\n")
    }

    /// The word diff: deletions struck through (`del`), insertions underlined (`ins`), long
    /// unchanged runs shortened.
    static func wordDiff(_ diff: WordDiff, into page: inout HTMLWriter) {
        var first = true
        func words(_ words: [String], in element: String?) {
            guard !words.isEmpty else { return }
            if !first { page.markup(" ") }
            first = false
            if let element { page.element(element, text: words.joined(separator: " ")) } else { page.text(words.joined(separator: " ")) }
        }
        for run in diff.runs {
            switch run.operation {
            case .equal:
                if run.from.count > longestEqualRun {
                    let end = longestEqualRun / 2
                    words(Array(run.from.prefix(end)) + ["…"] + Array(run.from.suffix(end)), in: nil)
                } else {
                    words(run.from, in: nil)
                }
            case .replace, .delete, .insert:
                words(run.from, in: "del")
                words(run.to, in: "ins")
            }
        }
    }

    /// The id of the mark an unquoted occurrence has in its article's text.
    static func unquotedAnchor(_ occurrence: QuoteOccurrence) -> String {
        "unquoted-\(occurrence.article)-\(occurrence.span.start)"
    }
}
