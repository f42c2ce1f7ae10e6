/// What listing commands produce: named columns and typed rows, which any output format renders.
public struct Table: Hashable, Sendable {
    public var columns: [String]
    public var rows: [[Value]]

    public init(columns: [String], rows: [[Value]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// Adds a row; it must have one value per column.
    public mutating func append(_ row: [Value]) {
        precondition(row.count == columns.count, "a row needs one value per column")
        rows.append(row)
    }
}
