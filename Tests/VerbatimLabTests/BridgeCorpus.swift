import Foundation
import VerbatimCore
import VerbatimTestSupport

/// A small brat corpus the tests write: one article, `bridge`, annotated by two annotators.
enum BridgeCorpus {
    static let text = """
    Bridge report
    “We will rebuild the bridge next year,” said Mayor Elena Marsh.
    Critics called it “a plan that nobody on the council has seen in writing” on Friday.
    Ana Ferreira spoke after the “mayor” left.
    “Ferries will run every twenty minutes,” Tomas Reyes said.
    The crowd kept the “close it now” chant going at the back.
    """

    /// The code-point span of the first `part` of `text`.
    static func span(_ part: String, in text: String = text) -> TextSpan {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(part.unicodeScalars)
        let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
        return TextSpan(start, start + needle.count)
    }

    /// A brat text-bound annotation line for `part` of `text`.
    static func entity(_ id: Int, _ label: String, _ part: String, in text: String = text) -> String {
        let span = span(part, in: text)
        return "T\(id)\t\(label) \(span.start) \(span.end)\t\(part)"
    }

    /// Gold: Marsh's quote, Reyes's quote given to Ferreira, and the chant; a paraphrase with a
    /// short quote inside is an attribution but not a direct quote.
    static let annotations = [
        entity(1, "Content", "“We will rebuild the bridge next year,”"), entity(2, "Source", "Mayor Elena Marsh"),
        "E1\tContent:T1 Source:T2",
        entity(3, "Content", "“Ferries will run every twenty minutes,”"), entity(4, "Source", "Ana Ferreira"),
        "E2\tContent:T3 Source:T4",
        entity(5, "Content", "“close it now”"), entity(6, "Source", "The crowd"),
        "E3\tContent:T5 Source:T6",
        entity(7, "Content", "Ana Ferreira spoke after the “mayor”"), entity(8, "Source", "Ana Ferreira"),
        "E4\tContent:T7 Source:T8",
        "",
    ].joined(separator: "\n")

    /// Writes the corpus to a fresh temporary folder and returns its path.
    static func write() throws -> String {
        let folder = try write(article: "bridge", text: text, annotations: annotations)
        // A second annotator's file sorts later and is not the gold; its second line carries on
        // the first one's text, as brat writes text with line breaks.
        try "T1\tContent 0 6\tBridge\nreport\n".write(toFile: folder + "/attributions/bridge_b2.ann", atomically: true, encoding: .utf8)
        return folder
    }

    /// Writes a corpus of one article, `article` with the gold `annotations` by annotator a1, to
    /// a fresh temporary folder and returns its path.
    static func write(article: String, text: String, annotations: String) throws -> String {
        let folder = URL(fileURLWithPath: temporaryRoot).appendingPathComponent("verbatim-eval-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/text", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/attributions", withIntermediateDirectories: true)
        try text.write(toFile: folder + "/text/\(article).txt", atomically: true, encoding: .utf8)
        try annotations.write(toFile: folder + "/attributions/\(article)_a1.ann", atomically: true, encoding: .utf8)
        return folder
    }
}
