import VerbatimCore

extension ReportPage {
    /// Equal runs of a word diff longer than this are shortened to their ends around "…".
    static let longestEqualRun = 14

    /// One quotation: its occurrences as a timeline, each with its verdict and changed words.
    static func group(_ group: CoverageReport.Group, of report: CoverageReport, into page: inout HTMLWriter) {
        let id = "group-\(group.number)"
        let outlets = Set(group.occurrences.compactMap { report.article[$0.article].map(CoverageReport.outletName) })
        page.markup("<section class=\"group\" id=\"\(id)\">\n<h3><a href=\"#\(id)\">Quotation \(group.number)</a> · ")
        page.element("bdi", text: group.occurrences.first?.speaker ?? "speaker not identified")
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
        if let speaker = occurrence.speaker {
            page.element("span", ["class": "speaker"], text: speaker)
        } else {
            // Narration has no quote to attribute; a quote whose speaker was not found may still name one.
            page.element("span", ["class": "speaker none"], text: occurrence.quote == nil ? "in narration" : "speaker not identified")
        }
        page.element("span", ["class": "badge verdict-\(occurrence.verdict.rawValue)"], text: occurrence.verdict.rawValue)
        if occurrence.wording != occurrence.verdict, occurrence.verdict == .unquoted || occurrence.verdict == .misattributed {
            page.element("span", ["class": "wording"], text: "words: \(occurrence.wording.rawValue)")
        }
        if occurrence.verdict != .original {
            page.element("span", ["class": "similarity"], text: "similarity \(Value.format(occurrence.similarity))")
        }
        if occurrence.confidence < 1 {
            page.element("span", ["class": "confidence"], text: "match confidence \(Value.format(occurrence.confidence))")
        }
        if let address = HTMLText.linkAddress(article?.url) {
            page.element("a", ["href": address, "rel": "noopener noreferrer"], text: "source")
        }
        page.markup("</div>\n")
        page.element("blockquote", text: occurrence.text)
        if let diff = occurrence.diff, diff.runs.contains(where: { $0.operation != .equal }) {
            // Spelling alone is told apart from changed words.
            let spelling = occurrence.wording == .variant
            page.markup(spelling ? "\n<p class=\"diff spelling\"><span class=\"diff-label\">spelled differently:</span>"
                                 : "\n<p class=\"diff\"><span class=\"diff-label\">words:</span>")
            wordDiff(diff, into: &page)
            page.markup("</p>")
        }
        page.markup("</li>\n")
    }

    /// The word diff: deletions struck through (`del`), insertions underlined (`ins`), long
    /// unchanged runs shortened. At either end, words of the reference left out (a shorter quote)
    /// or words quoted beyond it (a longer one) are not changed words: they are shown in
    /// brackets, neither struck nor underlined.
    static func wordDiff(_ diff: WordDiff, into page: inout HTMLWriter) {
        var first = true
        func words(_ words: [String], in element: String?, class name: String? = nil) {
            guard !words.isEmpty else { return }
            if !first { page.markup(" ") }
            first = false
            guard let element else { return page.text(words.joined(separator: " ")) }
            page.element(element, ["class": name], text: words.joined(separator: " "))
        }
        for (index, run) in diff.runs.enumerated() {
            switch run.operation {
            case .equal:
                words([shortened(run.from)], in: nil)
            case .delete where index == 0 || index == diff.runs.count - 1:
                words(["[not quoted: \(shortened(run.from))]"], in: "span", class: "left-out")
            case .insert where index == 0 || index == diff.runs.count - 1:
                words(["[quoted beyond the reference: \(shortened(run.to))]"], in: "span", class: "run-on")
            case .replace, .delete, .insert:
                words(run.from, in: "del")
                words(run.to, in: "ins")
            }
        }
    }

    /// Words as they are, or their ends around "…" when there are many.
    private static func shortened(_ words: [String]) -> String {
        guard words.count > longestEqualRun else { return words.joined(separator: " ") }
        let end = longestEqualRun / 2
        return (Array(words.prefix(end)) + ["…"] + Array(words.suffix(end))).joined(separator: " ")
    }

    /// The id of the mark an unquoted occurrence has in its article's text.
    static func unquotedAnchor(_ occurrence: QuoteOccurrence) -> String {
        "unquoted-\(occurrence.article)-\(occurrence.span.start)"
    }
}
