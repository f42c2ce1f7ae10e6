import VerbatimCore

extension Table {
    /// The table with one more column per field the rows' records carry (fields plugins
    /// added), in name order; a record without a field gets null. A field named like an
    /// existing column shows as `field:NAME`.
    func addingFields(_ fields: [Fields]) -> Table {
        let names = Set(fields.flatMap(\.keys)).sorted()
        guard !names.isEmpty else { return self }
        var table = Table(columns: columns + names.map { columns.contains($0) ? "field:" + $0 : $0 })
        table.detailColumns = detailColumns
        for (row, recordFields) in zip(rows, fields) {
            table.append(row + names.map { name in
                switch recordFields[name] {
                case .text(let text): .text(text)
                case .number(let number): number == number.rounded() && abs(number) < 1e15 ? .integer(Int(number)) : .number(number)
                case .bool(let flag): .bool(flag)
                case nil: .null
                }
            })
        }
        return table
    }
}
