import Foundation

/// A brat corpus folder: `text/NAME.txt` with `attributions/NAME_ANNOTATOR.ann` beside it.
/// Where an article has several annotators' files, the first in sorted order is the gold.
public struct GoldCorpus: Sendable {
    /// One article with its gold quotations.
    public struct Document: Sendable {
        public var name: String
        public var textFile: String
        public var text: String
        public var quotes: [GoldQuote]
    }

    public var documents: [Document]

    /// Reads the corpus under `folder`; articles without annotations are left out.
    public init(folder: String) throws {
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
            return Document(name: name, textFile: textFile, text: text,
                            quotes: GoldQuote.directQuotes(in: annotations, text: ScalarText(text)))
        }
        guard !documents.isEmpty else { throw LoadError(file: folder, reason: "holds no annotated articles") }
    }
}

/// A gold direct quotation: an attribution whose Content is mostly inside quotation marks.
public struct GoldQuote: Hashable, Sendable {
    /// The Content spans.
    public var content: [TextSpan]
    /// The Source spans (empty when the attribution names none).
    public var source: [TextSpan]
    /// The Source's text.
    public var sourceText: String

    /// The attributions of `annotations` that are direct quotes by the evaluation protocol: the
    /// Content contains “, " or '' and at least half of its characters lie inside quote marks.
    public static func directQuotes(in annotations: BratAnnotations, text: ScalarText) -> [GoldQuote] {
        annotations.attributions.compactMap { attribution in
            guard !attribution.content.isEmpty, isMostlyQuoted(attribution.content.sorted(), in: text) else { return nil }
            let sourceText = attribution.source.sorted().map { text.string(clamped($0, to: text)) }.joined(separator: " ")
            return GoldQuote(content: attribution.content, source: attribution.source, sourceText: sourceText)
        }
    }

    static func clamped(_ span: TextSpan, to text: ScalarText) -> TextSpan {
        TextSpan(min(span.start, text.count), min(span.end, text.count))
    }

    /// Walks the Content's characters, toggling at quote marks; marks count as inside.
    static func isMostlyQuoted(_ spans: [TextSpan], in text: ScalarText) -> Bool {
        var inside = false
        var sawMark = false
        var quoted = 0
        var total = 0
        for span in spans.map({ clamped($0, to: text) }) {
            var offset = span.start
            while offset < span.end {
                let value = text[offset].value
                let isPairOfApostrophes = value == 0x27 && offset + 1 < span.end && text[offset + 1].value == 0x27
                let width = isPairOfApostrophes ? 2 : 1
                if value == 0x201C || value == 0x201D || value == 0x22 || isPairOfApostrophes {
                    sawMark = true
                    let opens = value == 0x201C || (value != 0x201D && !inside)
                    quoted += width
                    inside = opens
                } else if inside {
                    quoted += 1
                }
                total += width
                offset += width
            }
        }
        return sawMark && quoted * 2 >= total
    }
}
