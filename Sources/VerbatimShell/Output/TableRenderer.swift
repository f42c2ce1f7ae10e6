import Foundation
import VerbatimCore

/// Renders tables in every output format.
public struct TableRenderer: Sendable {
    /// Whether to colour the header of aligned tables, and what `show` and `diff` mark.
    public var useColor: Bool
    /// Whether aligned tables, CSV and TSV start with the columns' names (`option headers`).
    public var showsHeaders = true

    public init(useColor: Bool = false) {
        self.useColor = useColor
    }

    /// The table as text, ending with a newline; an aligned table without colour (the shell
    /// writes aligned tables through `aligned`, which marks the header to colour). In CSV and
    /// TSV, a text cell that starts like a spreadsheet formula (`=`, `+`, `-`, `@`, tab,
    /// carriage return) gets a `'` before it, as OWASP recommends, unless
    /// `neutralisingFormulas` is false; numbers are written exactly (`Value.exactText`), and
    /// only the aligned table rounds them. JSON and JSON Lines
    /// leave out the sparse cells a row does not have; the other formats show every sparse
    /// column (bound them first with `Table.keepingMostUsedSparseColumns`).
    public func render(_ table: Table, as format: OutputFormat, neutralisingFormulas: Bool = true) -> String {
        String(decoding: renderedBytes(table, as: format, neutralisingFormulas: neutralisingFormulas), as: UTF8.self)
    }

    /// `render`'s text as UTF-8 bytes, for a file: written into one buffer, a table of 100,000
    /// rows is made in a fraction of the time String concatenation takes.
    public func renderedBytes(_ table: Table, as format: OutputFormat, neutralisingFormulas: Bool = true) -> [UInt8] {
        switch format {
        case .table: return alignedLines(table, escapingControls: false, width: nil).bytes
        case .json, .jsonl: return jsonBytes(table, asLines: format == .jsonl)
        case .csv, .tsv:
            let csv = format == .csv
            let rectangular = table.rectangular()
            var bytes: [UInt8] = []
            if showsHeaders { Self.appendDelimitedLine(rectangular.columns, csv: csv, to: &bytes) }
            return Self.joined(bytes, Self.inPieces(of: rectangular.rows.count) { rows in
                var bytes: [UInt8] = []
                for row in rectangular.rows[rows] {
                    Self.appendDelimitedLine(row.lazy.map { neutralisingFormulas ? Self.spreadsheetSafe($0) : $0.exactText }, csv: csv, to: &bytes)
                }
                return bytes
            })
        }
    }

    /// `body` applied to pieces of `rowCount` rows (`rowsPerPiece` each) on every core, the
    /// results in row order.
    static func inPieces<Result: Sendable>(of rowCount: Int, _ body: @Sendable (Range<Int>) -> Result) -> [Result] {
        (0..<rowCount).pieces(of: rowsPerPiece).parallelMap(jobs: ProcessInfo.processInfo.activeProcessorCount, body)
    }

    /// How many rows of a table are measured, or written, on one core at a time.
    static let rowsPerPiece = 4096

    /// `start` followed by `pieces`, in one buffer.
    static func joined(_ start: [UInt8], _ pieces: [[UInt8]]) -> [UInt8] {
        var bytes = start
        bytes.reserveCapacity(start.count + pieces.reduce(0) { $0 + $1.count })
        for piece in pieces { bytes += piece }
        return bytes
    }

    /// A cell's text with a `'` before it when it is text a spreadsheet would take for a formula.
    static func spreadsheetSafe(_ value: Value) -> String {
        guard case .text(let text) = value, let first = text.unicodeScalars.first,
              ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return value.exactText }
        return "'" + text
    }
}
