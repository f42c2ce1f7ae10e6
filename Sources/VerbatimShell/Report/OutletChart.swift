import VerbatimCore

/// The report's summary chart, as inline SVG: one bar per outlet, split by the share of its
/// occurrences with each verdict. Each verdict has a pattern as well as a colour, and a legend,
/// so the chart reads in greyscale and for colour-blind readers.
enum OutletChart {
    private static let width = 880
    private static let labelWidth = 210
    private static let barWidth = 400
    private static let rowHeight = 30
    private static let barHeight = 20
    private static let legendColumns = 5

    /// Each verdict's fill: a background colour, and a pattern drawn over it in a darker ink.
    private static let fills: [QuoteVerdict: (background: String, ink: String, pattern: String)] = [
        .original: ("#263238", "#263238", ""),
        .verbatim: ("#2e7d32", "#2e7d32", ""),
        .variant: ("#a5d6a7", "#1b5e20", "<circle cx=\"4\" cy=\"4\" r=\"1.6\"/>"),
        .trimmed: ("#90caf9", "#0d47a1", "<path d=\"M0 4H8\"/>"),
        .extended: ("#ce93d8", "#4a148c", "<path d=\"M4 0V8\"/>"),
        .altered: ("#ffb74d", "#7a3e00", "<path d=\"M0 8L8 0M-2 2L2 -2M6 10L10 6\"/>"),
        .unquoted: ("#e0e0e0", "#212121", "<path d=\"M0 4H8M4 0V8\"/>"),
        .misattributed: ("#ef9a9a", "#7f0000", "<path d=\"M0 0L8 8M-2 6L2 10M6 -2L10 2\"/>"),
        .possible: ("#ffffff", "#616161", "<circle cx=\"2\" cy=\"2\" r=\"1\"/><circle cx=\"6\" cy=\"6\" r=\"1\"/>"),
        .repeat: ("#bdbdbd", "#424242", "<path d=\"M0 2H3M4 6H7\"/>"),
    ]

    /// The chart of `outlets`, with a legend of `verdicts`.
    static func svg(_ outlets: [CoverageReport.OutletSummary], verdicts: [QuoteVerdict]) -> String {
        let legendTop = outlets.count * rowHeight + 12
        let height = legendTop + (verdicts.count + legendColumns - 1) / legendColumns * 22 + 8
        var svg = "<svg class=\"chart\" id=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" "
            + "width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-labelledby=\"chart-title\">\n"
            + "<title id=\"chart-title\">Share of each outlet's occurrences by verdict</title>\n<defs>\n"
        for verdict in verdicts {
            let fill = fills[verdict]!
            svg += "<pattern id=\"fill-\(verdict.rawValue)\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">"
                + "<rect width=\"8\" height=\"8\" fill=\"\(fill.background)\"/>"
                + "<g fill=\"\(fill.ink)\" stroke=\"\(fill.ink)\" stroke-width=\"1.5\">\(fill.pattern)</g></pattern>\n"
        }
        svg += "</defs>\n"
        for (row, outlet) in outlets.enumerated() { svg += bar(outlet, top: row * rowHeight + 4) }
        for (index, verdict) in verdicts.enumerated() {
            let x = labelWidth - 180 + index % legendColumns * 140
            let y = legendTop + index / legendColumns * 22
            svg += "<g class=\"legend\"><rect x=\"\(x)\" y=\"\(y)\" width=\"16\" height=\"16\" fill=\"url(#fill-\(verdict.rawValue))\" "
                + "stroke=\"#000\" stroke-width=\"0.5\"/><text x=\"\(x + 22)\" y=\"\(y + 13)\" font-size=\"13\">\(verdict.rawValue)</text></g>\n"
        }
        return svg + "</svg>"
    }

    private static func bar(_ outlet: CoverageReport.OutletSummary, top: Int) -> String {
        var page = HTMLWriter()
        page.open("g", ["class": "bar", "data-outlet": outlet.outlet])
        let shares = CoverageReport.verdicts.compactMap { verdict in
            outlet.verdicts[verdict].map { "\($0) \(verdict.rawValue) (\(ReportPage.percent($0, of: outlet.occurrences)))" }
        }
        page.element("title", text: outlet.outlet + ": " + (shares.isEmpty ? "no shared quotation" : shares.joined(separator: ", ")))
        // A long name is cut, and squeezed into the label's room rather than run off the chart.
        let name = outlet.outlet.count > 40 ? String(outlet.outlet.prefix(39)) + "…" : outlet.outlet
        let squeezed = name.count > 24 ? String(labelWidth - 12) : nil
        page.element("text", ["x": String(labelWidth - 8), "y": String(top + 15), "text-anchor": "end", "font-size": "13",
                              "textLength": squeezed, "lengthAdjust": squeezed.map { _ in "spacingAndGlyphs" }], text: name)
        page.markup("<rect x=\"\(labelWidth)\" y=\"\(top)\" width=\"\(barWidth)\" height=\"\(barHeight)\" fill=\"#fafafa\" "
            + "stroke=\"#9e9e9e\" stroke-width=\"1\"/>")
        // Segments end at rounded running totals, so together they fill the bar exactly.
        var before = 0
        var done = 0.0
        for verdict in CoverageReport.verdicts {
            guard let count = outlet.verdicts[verdict], count > 0 else { continue }
            done += Double(count)
            let end = Int((done / Double(outlet.occurrences) * Double(barWidth)).rounded())
            page.markup("<rect class=\"segment\" data-verdict=\"\(verdict.rawValue)\" x=\"\(labelWidth + before)\" y=\"\(top)\" "
                + "width=\"\(end - before)\" height=\"\(barHeight)\" fill=\"url(#fill-\(verdict.rawValue))\" stroke=\"#fff\" stroke-width=\"1\"/>")
            before = end
        }
        page.element("text", ["x": String(labelWidth + barWidth + 10), "y": String(top + 15), "font-size": "13"],
                     text: ReportPage.counted(outlet.quotations, "quotation") + " · " + ReportPage.counted(outlet.occurrences, "occurrence"))
        page.markup("</g>\n")
        return String(decoding: page.bytes, as: UTF8.self)
    }
}
