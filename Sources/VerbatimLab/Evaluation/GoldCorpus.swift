import Foundation
import VerbatimCore

/// A brat corpus folder: `text/NAME.txt` with `attributions/NAME_ANNOTATOR.ann` beside it.
/// Where an article has several annotators' files, the first in sorted order is the gold.
public struct GoldCorpus: Sendable {
    /// One article with its gold attributions.
    public struct Document: Sendable {
        public var name: String
        public var textFile: String
        public var text: String
        /// The direct quotes, which recall counts.
        public var quotes: [GoldAttribution]
        /// The other attributions, which count for precision only (none under protocol 1).
        public var otherAttributions: [GoldAttribution]
    }

    public var documents: [Document]

    /// Reads the corpus under `folder`, splitting its attributions by `scoringProtocol`;
    /// articles without annotations are left out.
    public init(folder: String, by scoringProtocol: ScoringProtocol = .two) throws {
        let textFolder = (folder as NSString).appendingPathComponent("text")
        let annotationFolder = (folder as NSString).appendingPathComponent("attributions")
        let files = FileManager.default
        guard let texts = try? files.contentsOfDirectory(atPath: textFolder),
              let annotations = try? files.contentsOfDirectory(atPath: annotationFolder) else {
            throw LoadError(file: folder, reason: "is not a brat corpus (it needs text/ and attributions/ folders)")
        }
        let sortedAnnotations = annotations.filter { $0.hasSuffix(".ann") }.sorted()
        documents = try texts.filter { $0.hasSuffix(".txt") }.sorted().compactMap { textName in
            let name = String(textName.dropLast(4))
            guard let annotationName = sortedAnnotations.first(where: { $0.hasPrefix(name + "_") || $0 == name + ".ann" })
            else { return nil }
            let textFile = (textFolder as NSString).appendingPathComponent(textName)
            let annotationFile = (annotationFolder as NSString).appendingPathComponent(annotationName)
            let text = try TextFileReader.read(textFile).text
            // An empty annotation file is an article with no attributions.
            let annotationText = String(decoding: try TextFileReader.bytes(annotationFile), as: UTF8.self)
            let annotations = try BratAnnotations(parsing: annotationText, file: annotationFile)
            let (direct, other) = GoldAttribution.split(annotations, text: ScalarText(text), by: scoringProtocol)
            return Document(name: name, textFile: textFile, text: text, quotes: direct, otherAttributions: other)
        }
        guard !documents.isEmpty else { throw LoadError(file: folder, reason: "holds no annotated articles") }
    }
}
