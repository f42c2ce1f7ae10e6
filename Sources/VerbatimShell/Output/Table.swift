/// What listing commands produce: named columns and typed rows, which any output format renders.
public struct Table: Hashable, Sendable {
    public var columns: [String]
    public var rows: [[Value]]
    /// Columns the aligned table leaves out to stay readable (such as a structured diff
    /// shown elsewhere as text); every other format carries them.
    public var detailColumns: Set<String> = []

    public init(columns: [String], rows: [[Value]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// Adds a row; it must have one value per column.
    public mutating func append(_ row: [Value]) {
        precondition(row.count == columns.count, "a row needs one value per column")
        rows.append(row)
    }

    /// The table without its detail columns.
    func droppingDetailColumns() -> Table {
        guard !detailColumns.isEmpty else { return self }
        let kept = columns.indices.filter { !detailColumns.contains(columns[$0]) }
        return Table(columns: kept.map { columns[$0] }, rows: rows.map { row in kept.map { row[$0] } })
    }
}
