import VerbatimCore

extension Table {
    /// The table with one more sparse column per field the rows' records carry (fields
    /// plugins added), in name order; a row holds only the fields its record has. A field
    /// named like an existing column shows as `field:NAME`.
    func addingFields(_ fields: [Fields]) -> Table {
        var named = Set<String>()
        for recordFields in fields where !recordFields.isEmpty { named.formUnion(recordFields.keys) }
        let names = named.sorted()
        guard !names.isEmpty else { return self }
        var columnOfName: [String: Int] = [:]
        for (column, name) in names.enumerated() { columnOfName[name] = column }
        var table = Table(columns: columns, sparseColumns: names.map { columns.contains($0) ? "field:" + $0 : $0 })
        table.detailColumns = detailColumns
        for (row, recordFields) in zip(rows, fields) {
            let cells = recordFields.compactMap { name, value in
                columnOfName[name].map { SparseCell(column: $0, value: Self.cell(value)) }
            }
            table.append(row, sparseCells: cells.sorted { $0.column < $1.column })
        }
        return table
    }

    private static func cell(_ value: FieldValue) -> Value {
        switch value {
        case .text(let text): .text(text)
        case .number(let number): number == number.rounded() && abs(number) < 1e15 ? .integer(Int(number)) : .number(number)
        case .bool(let flag): .bool(flag)
        }
    }
}
