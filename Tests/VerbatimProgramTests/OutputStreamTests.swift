import Foundation
import Testing

/// Every listing and export, after a load, is data a real parser reads from standard output:
/// status lines go to standard error.
@Suite struct OutputStreamTests {
    /// Python reading standard input in one format; it exits 1 when the input does not parse.
    static let parsers = [
        "json": "import json,sys; json.load(sys.stdin)",
        "jsonl": "import json,sys; [json.loads(line) for line in sys.stdin]",
        "csv": "import csv,sys; rows=list(csv.reader(sys.stdin)); assert rows and all(len(r)==len(rows[0]) for r in rows)",
        "tsv": "import csv,sys; rows=list(csv.reader(sys.stdin, delimiter='\\t')); assert rows and all(len(r)==len(rows[0]) for r in rows)",
    ]

    @Test(arguments: ["articles", "quotes", "speakers", "compare --all", "trace q5", "export quotes", "export articles"])
    func listingsParseInEveryFormat(command: String) throws {
        for (format, parser) in Self.parsers {
            let result = try Program.run(["-c", "load Scripts/articles; \(command) --format \(format)"])
            #expect(result.status == 0, "\(result.errors)")
            #expect(result.errors == "loaded 3 articles with 14 quotes and 1 scare quote or title (a1–a3)\n")
            let python = try Program.run(["-c", parser], input: result.output, program: ["/usr/bin/env", "python3"])
            #expect(python.status == 0, "\(command) --format \(format): \(python.errors)")
        }
    }
}
