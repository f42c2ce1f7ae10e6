import VerbatimCore

extension ReportPage {
    /// A stretch of an article's text to mark: a quote, or words a group finds there unquoted.
    private struct Mark {
        var span: TextSpan
        var anchor: String
        var kind: String
        var label: String
        /// The quotation it belongs to, if any.
        var group: Int?
    }

    /// One article: its details and its text with every quotation marked and labelled with its
    /// id and speaker, as `show` prints it; the text `open` or folded.
    static func article(_ article: Article, of report: CoverageReport, open: Bool, into page: inout HTMLWriter) {
        let quotes = report.quotes[article.id] ?? []
        let id = "article-\(article.id)"
        page.open("section", ["class": "article", "id": id, "data-article": article.id])
        page.markup("\n<h3>")
        page.element("a", ["href": "#" + id], text: article.id)
        page.text(" · " + (article.title ?? "(untitled)"))
        page.markup("</h3>\n<p class=\"meta\">")
        // Each field isolated, so that bidirectional controls in one cannot reorder the others.
        for field in [CoverageReport.outletName(article), article.date ?? "undated", article.byline].compactMap({ $0 }) {
            page.element("bdi", text: field)
            page.text(" · ")
        }
        page.text(QuoteCount.phrase(quotes))
        if let address = HTMLText.linkAddress(article.url) {
            page.text(" · ")
            page.element("a", ["href": address, "rel": "noopener noreferrer"], text: address)
        }
        page.markup("</p>\n")
        page.markup(open ? "<details open>" : "<details>")
        page.markup("<summary>Text, quotations marked</summary>\n<div class=\"text\">")
        text(article.text, marks: marks(quotes, unquoted: report.unquoted[article.id] ?? [], groups: report.groupOfQuote),
             into: &page)
        page.markup("</div>\n</details>\n</section>\n")
    }

    private static func marks(_ quotes: [Quote], unquoted: [(group: Int, occurrence: QuoteOccurrence)],
                              groups: [String: Int]) -> [Mark] {
        var marks = quotes.map { quote in
            Mark(span: quote.span, anchor: "quote-\(quote.id)", kind: quote.kind.isSpeech ? "quote" : "quote \(quote.kind.rawValue)",
                 label: quote.kind.isSpeech ? "\(quote.id) \(quote.speaker ?? "speaker unknown")" : "\(quote.id) \(quote.kind.rawValue)",
                 group: groups[quote.id])
        }
        marks += unquoted.map { group, occurrence in
            Mark(span: occurrence.span, anchor: unquotedAnchor(occurrence), kind: "unquoted",
                 label: "unquoted, quotation \(group)", group: group)
        }
        return marks.sorted { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
    }

    /// `text` escaped, with each mark's span in a `mark` element followed by its label (a link to
    /// its quotation when it has one). A mark inside another is nested in it; one that runs on
    /// past the mark it starts in is cut at that mark's end, so every mark keeps its anchor.
    private static func text(_ text: String, marks: [Mark], into page: inout HTMLWriter) {
        let sorted = marks.filter { $0.span.end >= $0.span.start }
            .sorted { ($0.span.start, -$0.span.end) < ($1.span.start, -$1.span.end) }
        let points = Array(Set(sorted.flatMap { [$0.span.start, $0.span.end] })).sorted()
        let offset = Dictionary(uniqueKeysWithValues: zip(points, utf8Offsets(text, at: points)))
        let bytes = Array(text.utf8)
        var at = 0
        var open: [(end: Int, mark: Mark)] = []
        func write(upTo point: Int) {
            let end = point == Int.max ? bytes.count : offset[point]!
            page.text(bytes: bytes[at..<end])
            at = end
        }
        func close() {
            let (end, mark) = open.removeLast()
            write(upTo: end)
            page.close("mark")
            if let group = mark.group {
                page.element("a", ["class": "label", "href": "#group-\(group)"], text: mark.label)
            } else {
                page.element("span", ["class": "label"], text: mark.label)
            }
        }
        for mark in sorted {
            while let last = open.last, last.end <= mark.span.start { close() }
            write(upTo: mark.span.start)
            page.open("mark", ["class": mark.kind, "id": mark.anchor])
            open.append((min(mark.span.end, open.last?.end ?? mark.span.end), mark))
        }
        while !open.isEmpty { close() }
        write(upTo: Int.max)
    }

    /// The UTF-8 offsets of the code-point offsets `points` (ascending) in `text`, in one pass;
    /// a point past the end gives the end.
    static func utf8Offsets(_ text: String, at points: [Int]) -> [Int] {
        var offsets: [Int] = []
        offsets.reserveCapacity(points.count)
        var next = 0
        var scalars = 0
        var byteOffset = 0
        for byte in text.utf8 {
            if byte & 0xC0 != 0x80 {
                while next < points.count, points[next] <= scalars {
                    offsets.append(byteOffset)
                    next += 1
                }
                scalars += 1
            }
            byteOffset += 1
        }
        while offsets.count < points.count { offsets.append(byteOffset) }
        return offsets
    }
}
