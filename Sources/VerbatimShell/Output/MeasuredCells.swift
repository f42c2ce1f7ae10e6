/// The cells of an aligned table, measured once in display columns, and written line by line
/// straight from their text: a cell is copied once, into the line, and text of narrow scalars
/// alone (most text) is shown as it is.
struct MeasuredCells {
    /// What is known of one cell.
    private struct Cell {
        var width: Int
        var isEmpty: Bool
        /// Whether the cell is shown other than as written (line breaks or controls made
        /// visible), as kept in `shownOtherwise`.
        var isShownOtherwise: Bool
    }

    /// Whether cells are made safe for a terminal (`TerminalSafeText.escaping`).
    let escapingControls: Bool
    private var cells: [Cell] = []
    /// Cells that are not narrow text, as shown, by cell index.
    private var shownOtherwise: [Int: String] = [:]

    init(escapingControls: Bool) {
        self.escapingControls = escapingControls
    }

    /// Measures the next cell, `value` as text (`Value.plainText`), and returns its width.
    mutating func measure(_ value: Value) -> Int {
        if case .text(let text) = value { return measure(text) }
        return measure(value.plainText)
    }

    /// Measures the next cell, `text`, and returns its width.
    mutating func measure(_ text: String) -> Int {
        if let narrow = DisplayWidth.narrowWidth(of: text) {
            cells.append(Cell(width: narrow, isEmpty: text.isEmpty, isShownOtherwise: false))
            return narrow
        }
        let oneLine = TerminalSafeText.showingLineBreaks(text)
        let shown = escapingControls ? TerminalSafeText.escaping(oneLine) : oneLine
        let width = DisplayWidth.of(shown)
        shownOtherwise[cells.count] = shown
        cells.append(Cell(width: width, isEmpty: text.isEmpty, isShownOtherwise: true))
        return width
    }

    /// Whether cell `index` is empty.
    func isEmpty(_ index: Int) -> Bool {
        cells[index].isEmpty
    }

    /// Cell `index`, whose value is `value`, as shown in at most `columns` columns (cut with
    /// "…"), and the columns it takes.
    func shown(_ value: Value, cell index: Int, fitting columns: Int) -> (text: String, width: Int) {
        if case .text(let text) = value { return shown(text, cell: index, fitting: columns) }
        return shown(value.plainText, cell: index, fitting: columns)
    }

    /// Cell `index`, whose text is `text`, as shown in at most `columns` columns.
    func shown(_ text: String, cell index: Int, fitting columns: Int) -> (text: String, width: Int) {
        let cell = cells[index]
        let shown = cell.isShownOtherwise ? shownOtherwise[index] ?? text : text
        guard cell.width > columns else { return (shown, cell.width) }
        let cut = DisplayWidth.cut(shown, to: columns)
        return (cut, DisplayWidth.of(cut))
    }

    /// Appends one line of `count` cells, `cell(position)` each padded to `widths[position]`
    /// and two spaces apart. A line whose last cells are empty ends without padding, and no
    /// line ends with spaces.
    static func appendLine(of count: Int, widths: [Int], to bytes: inout [UInt8], isEmpty: (Int) -> Bool,
                           cell: (Int) -> (text: String, width: Int)) {
        var end = count
        while end > 0, isEmpty(end - 1) { end -= 1 }
        let start = bytes.count
        for position in 0..<end {
            let (text, width) = cell(position)
            bytes.append(contentsOf: text.utf8)
            guard position < end - 1 else { break }
            for _ in 0..<max(0, widths[position] - width) + 2 { bytes.append(0x20) }
        }
        while bytes.count > start, bytes.last == 0x20 { bytes.removeLast() }
        bytes.append(0x0A)
    }
}
