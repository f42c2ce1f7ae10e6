extension ReportPage {
    /// The page's one style sheet. Verdicts differ by label, pattern and line as well as by
    /// colour, so the page reads in greyscale print and for colour-blind readers: a deletion is
    /// struck through, an insertion underlined and bold.
    static let style = """
        :root { color-scheme: light; --ink: #1b1b1b; --muted: #5c5c5c; --line: #d0d0d0; --paper: #fff; --tint: #f4f4f1; }
        * { box-sizing: border-box; }
        [hidden] { display: none !important; }
        body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 4rem; font: 16px/1.5 Georgia, "DejaVu Serif", serif;
               color: var(--ink); background: var(--paper); }
        h1 { font-size: 1.8rem; margin: 0.5rem 0 0.25rem; }
        h2 { font-size: 1.3rem; border-bottom: 2px solid var(--ink); margin-top: 2.5rem; }
        h3 { font-size: 1.05rem; margin: 0 0 0.5rem; }
        a { color: #0b4f8a; }
        .lede, .meta, .counts { color: var(--muted); }
        nav a { margin-right: 1rem; }
        .filters { position: sticky; top: 0; z-index: 1; background: var(--tint); border: 1px solid var(--line);
                   padding: 0.5rem 0.75rem; display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center;
                   font-family: system-ui, sans-serif; font-size: 0.9rem; }
        .filters select, .filters input { font: inherit; max-width: 16rem; }
        .chart { display: block; max-width: 100%; height: auto; font-family: system-ui, sans-serif; }
        .wide { overflow-x: auto; }
        section, mark { scroll-margin-top: 6rem; }
        .diff-label, .confidence, .speaker.none { color: var(--muted); }
        .diff-label { margin-right: 0.4rem; }
        .left-out, .run-on { color: var(--muted); font-style: italic; }
        .spelling del { text-decoration: line-through 1px dotted; background: none; }
        .spelling ins { text-decoration: underline 1px dotted; font-weight: normal; background: none; }
        .occurrence.context { opacity: 0.6; }
        .key dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0; }
        .key dt { font: bold 0.8rem system-ui, sans-serif; text-transform: uppercase; }
        .key dd { margin: 0; }
        .key { margin-top: 1rem; font-size: 0.95rem; }
        table.summary { border-collapse: collapse; font-family: system-ui, sans-serif; font-size: 0.85rem; margin-top: 1rem; }
        table.summary th, table.summary td { border: 1px solid var(--line); padding: 0.2rem 0.45rem; text-align: right; }
        table.summary th:first-child, table.summary td:first-child { text-align: left; }
        .group, .article { border-top: 1px solid var(--line); padding: 1rem 0; }
        .large .group, .large .article { content-visibility: auto; contain-intrinsic-size: auto 18rem; }
        ol.timeline { list-style: none; margin: 0; padding: 0 0 0 1rem; border-left: 3px solid var(--line); }
        .occurrence { margin: 0 0 0.9rem; padding-left: 0.75rem; }
        .occurrence .head { font-family: system-ui, sans-serif; font-size: 0.85rem; }
        .occurrence .head > * { margin-right: 0.5rem; unicode-bidi: isolate; }
        blockquote { margin: 0.25rem 0; padding: 0 0 0 0.75rem; border-left: 2px solid var(--line); }
        .diff { margin: 0.25rem 0; font-family: system-ui, sans-serif; font-size: 0.9rem; }
        del { text-decoration: line-through 2px; color: #8a1111; background: #fbe3e3; }
        ins { text-decoration: underline 2px; font-weight: bold; color: #0d5a1f; background: #dff3e2; }
        .badge { display: inline-block; border: 1px solid var(--ink); border-radius: 0.2rem; padding: 0 0.35rem;
                 font: bold 0.75rem/1.4 system-ui, sans-serif; text-transform: uppercase; letter-spacing: 0.03em; }
        .badge.verdict-original, .badge.verdict-verbatim, .badge.verdict-variant { border-style: solid; }
        .badge.verdict-altered, .badge.verdict-misattributed { border-width: 2px; background: #fff1d6; }
        .badge.verdict-unquoted, .badge.verdict-trimmed, .badge.verdict-extended { border-style: dashed; background: #eef3fb; }
        .badge.verdict-possible, .badge.verdict-repeat { border-style: dotted; color: var(--muted); }
        .text { white-space: pre-wrap; overflow-wrap: anywhere; }
        mark { background: #fff3b0; padding: 0 0.1rem; }
        mark.unquoted { background: none; border-bottom: 2px dashed #6d4c00; }
        .label { font: 0.75rem system-ui, sans-serif; color: var(--muted); vertical-align: super; margin-left: 0.15rem; }
        summary { cursor: pointer; font-family: system-ui, sans-serif; font-size: 0.9rem; }
        @media print {
            nav, .filters label, .filters button { display: none; }
            .filters { position: static; border: none; background: none; padding: 0; }
            .large .group, .large .article { content-visibility: visible; }
            .group { break-inside: avoid-page; }
            a { color: inherit; }
            del, ins, mark { background: none; }
        }
        """
}
