import Foundation
import VerbatimCore

/// The article-extraction benchmark's pages: `html/ID.html.gz` (or `.html`) and
/// `ground-truth.json`, `{ID: {"articleBody": …, "url": …}}`.
public struct BodyCorpus: Sendable {
    public struct Page: Sendable {
        public var id: String
        public var html: [UInt8]
        public var body: String
        public var url: String?
    }

    public var pages: [Page]

    /// Reads every page of the corpus in `folder`.
    public init(folder: String) throws {
        let truthPath = (folder as NSString).appendingPathComponent("ground-truth.json")
        guard FileManager.default.fileExists(atPath: truthPath) else {
            throw LoadError(file: truthPath, reason: "no such file: a body corpus holds ground-truth.json and html/")
        }
        let data = try TextFileReader.bytes(truthPath)
        let truth = try LooseJSON.parse(data, as: [String: [String: Any]].self, file: truthPath, expected: "an object of pages")
        let html = (folder as NSString).appendingPathComponent("html")
        pages = try truth.keys.sorted().map { id in
            let gzipped = (html as NSString).appendingPathComponent(id + ".html.gz")
            let plain = (html as NSString).appendingPathComponent(id + ".html")
            let bytes = try TextFileReader.bytes(FileManager.default.fileExists(atPath: gzipped) ? gzipped : plain)
            return Page(id: id, html: [UInt8](bytes), body: truth[id]?["articleBody"] as? String ?? "", url: truth[id]?["url"] as? String)
        }
    }
}
