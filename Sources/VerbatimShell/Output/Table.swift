/// What listing commands produce: named columns and typed rows, which any output format renders.
///
/// Fields that plugins or corpora add to records can be many and differ from record to record,
/// so they are kept as sparse columns: each row holds only the cells it has. JSON and JSON
/// Lines leave a missing cell out; the rectangular formats (aligned table, CSV, TSV) show it
/// empty, after `keepingMostUsedSparseColumns` has bounded how many such columns they show.
public struct Table: Hashable, Sendable {
    public var columns: [String]
    public var rows: [[Value]]
    /// Columns the aligned table leaves out to stay readable (such as a structured diff
    /// shown elsewhere as text); every other format carries them.
    public var detailColumns: Set<String> = []
    /// Columns the aligned table leaves out, first to last, on a terminal too narrow to show
    /// every column at a readable width; `--wide`, pipes and files show them all.
    public var narrowColumns: [String] = []
    /// The sparse columns, after `columns`.
    public private(set) var sparseColumns: [String] = []
    /// Each row's cells in `sparseColumns`, in column order; empty when there are none.
    public private(set) var sparseCells: [[SparseCell]] = []

    /// One cell of a sparse column.
    public struct SparseCell: Hashable, Sendable {
        /// The cell's index in `sparseColumns`.
        public var column: Int
        public var value: Value
    }

    /// The most sparse columns the rectangular formats show: a table of 1,000 records with
    /// 300 fields each, all named differently, would otherwise have 300,000 columns.
    public static let rectangularSparseColumnLimit = 50

    public init(columns: [String], rows: [[Value]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// A table of `columns` and `sparseColumns` without rows.
    init(columns: [String], sparseColumns: [String]) {
        self.columns = columns
        rows = []
        self.sparseColumns = sparseColumns
    }

    /// Adds a row; it must have one value per column.
    public mutating func append(_ row: [Value]) {
        append(row, sparseCells: [])
    }

    /// Adds a row with its cells in the sparse columns (in column order).
    mutating func append(_ row: [Value], sparseCells cells: [SparseCell]) {
        precondition(row.count == columns.count, "a row needs one value per column")
        rows.append(row)
        if !sparseColumns.isEmpty { sparseCells.append(cells) }
    }

    /// The table with at most `limit` sparse columns, those most rows have (the first in
    /// column order among equals), and how many it left out.
    func keepingMostUsedSparseColumns(_ limit: Int) -> (table: Table, leftOut: Int) {
        guard sparseColumns.count > limit else { return (self, 0) }
        var uses = [Int](repeating: 0, count: sparseColumns.count)
        for cells in sparseCells { for cell in cells { uses[cell.column] += 1 } }
        let kept = sparseColumns.indices.sorted { (uses[$1], $0) < (uses[$0], $1) }.prefix(limit).sorted()
        var newIndex = [Int?](repeating: nil, count: sparseColumns.count)
        for (position, column) in kept.enumerated() { newIndex[column] = position }
        var table = Table(columns: columns, sparseColumns: kept.map { sparseColumns[$0] })
        table.detailColumns = detailColumns
        for (row, cells) in zip(rows, sparseCells) {
            table.append(row, sparseCells: cells.compactMap { cell in newIndex[cell.column].map { SparseCell(column: $0, value: cell.value) } })
        }
        return (table, sparseColumns.count - limit)
    }

    /// The table with its sparse columns made ordinary ones, a missing cell null: rows times
    /// sparse columns, so for a table whose sparse columns have been bounded.
    func rectangular() -> Table {
        guard !sparseColumns.isEmpty else { return self }
        var table = Table(columns: columns + sparseColumns)
        table.detailColumns = detailColumns
        for (row, cells) in zip(rows, sparseCells) {
            var sparseRow = [Value](repeating: .null, count: sparseColumns.count)
            for cell in cells { sparseRow[cell.column] = cell.value }
            table.append(row + sparseRow)
        }
        return table
    }

    /// The table without its detail columns.
    func droppingDetailColumns() -> Table {
        dropping(detailColumns)
    }

    /// The table without `dropped` columns (rectangular tables only).
    func dropping(_ dropped: Set<String>) -> Table {
        guard !dropped.isEmpty else { return self }
        let kept = columns.indices.filter { !dropped.contains(columns[$0]) }
        var table = Table(columns: kept.map { columns[$0] }, rows: rows.map { row in kept.map { row[$0] } })
        table.narrowColumns = narrowColumns.filter { !dropped.contains($0) }
        return table
    }
}
