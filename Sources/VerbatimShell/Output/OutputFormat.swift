/// How a table is written out.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Aligned columns for people; colour on a terminal.
    case table
    /// One JSON array of objects.
    case json
    /// One JSON object per line.
    case jsonl
    /// Comma-separated values with a header row (RFC 4180 quoting).
    case csv
    /// Tab-separated values with a header row.
    case tsv

    /// The formats every listing command accepts with `--format`.
    public static let listingFormats: [OutputFormat] = [.table, .json, .jsonl, .csv, .tsv]
}
