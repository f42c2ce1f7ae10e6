import Foundation
import VerbatimCore

/// The attributions of one brat standoff (`.ann`) file: Source, Cue and Content spans joined by
/// events, as in PolNeAR and the seed gold.
public struct BratAnnotations: Sendable {
    /// One attribution relation: the spans of its `Content`, `Source` and `Cue` arguments
    /// (numbered arguments such as `Content2` are not read, as the scoring protocol reads none).
    public struct Attribution: Hashable, Sendable {
        public var content: [TextSpan]
        public var source: [TextSpan]
        public var cue: [TextSpan]
    }

    public var attributions: [Attribution]

    /// Parses the text of an `.ann` file; malformed lines are errors naming the line.
    public init(parsing text: String, file: String) throws {
        var spans: [String: (label: String, spans: [TextSpan])] = [:]
        var events: [[(role: String, id: String)]] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            // A line that is not "ID<tab>…" carries on the text of the line before it (brat
            // writes a span's text as it is, line breaks included).
            guard fields.count >= 2, let id = fields.first, let kind = id.first, kind.isLetter,
                  id.dropFirst().allSatisfy(\.isNumber), id.count > 1 else { continue }
            if kind == "T" {
                let header = fields[1].split(separator: " ", maxSplits: 1)
                guard header.count == 2 else { throw BratError(file: file, line: number + 1) }
                var parsed: [TextSpan] = []
                for fragment in header[1].split(separator: ";") {
                    let bounds = fragment.split(separator: " ").compactMap { Int($0) }
                    guard bounds.count == 2, bounds[0] <= bounds[1] else { throw BratError(file: file, line: number + 1) }
                    parsed.append(TextSpan(bounds[0], bounds[1]))
                }
                spans[String(id)] = (String(header[0]), parsed)
            } else if kind == "E" {
                events.append(fields[1].split(separator: " ").compactMap { argument in
                    let parts = argument.split(separator: ":")
                    return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
                })
            }
        }
        attributions = events.map { arguments in
            func spansOf(_ role: String) -> [TextSpan] {
                arguments.last { $0.role == role }.flatMap { spans[$0.id]?.spans } ?? []
            }
            return Attribution(content: spansOf("Content"), source: spansOf("Source"), cue: spansOf("Cue"))
        }
    }
}
