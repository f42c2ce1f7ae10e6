import CLibXML2
import Foundation

/// What a page says about its article, from meta tags, JSON-LD, `<link rel=canonical>`,
/// `<time>` and `<title>`, each field taken from the most specific source that has it.
struct PageMetadata {
    var title: String?
    var byline: String?
    var date: String?
    var outlet: String?
    var url: String?

    init(tree: HTMLTree) {
        var meta: [String: String] = [:]
        var titleElement: String?, canonical: String?, firstTime: String?, firstHeading: String?
        var linkedData: [[String: Any]] = []
        for (index, node) in tree.nodes.enumerated() {
            switch tree.tags[index] {
            case .meta:
                guard let key = (HTMLTree.attributeString(node, "property") ?? HTMLTree.attributeString(node, "name")
                                 ?? HTMLTree.attributeString(node, "itemprop"))?.lowercased(),
                      let content = HTMLTree.attributeString(node, "content"), !content.isEmpty, meta[key] == nil else { continue }
                meta[key] = content
            case .link:
                if canonical == nil, HTMLTree.attributeString(node, "rel")?.lowercased() == "canonical" {
                    canonical = HTMLTree.attributeString(node, "href")
                }
            case .title:
                titleElement = titleElement ?? Self.text(of: node)
            case .h1:
                firstHeading = firstHeading ?? Self.text(of: node)
            case .time:
                firstTime = firstTime ?? HTMLTree.attributeString(node, "datetime")
            case .script:
                guard HTMLTree.attributeString(node, "type")?.lowercased() == "application/ld+json",
                      let data = Self.rawText(of: node), let json = try? JSONSerialization.jsonObject(with: data) else { continue }
                linkedData += Self.objects(in: json)
            default:
                continue
            }
        }
        let article = linkedData.first { object in
            let type = (object["@type"] as? String) ?? ((object["@type"] as? [String])?.first ?? "")
            return type.hasSuffix("Article") || type == "BlogPosting" || type == "Report"
        }
        title = meta["og:title"] ?? (article?["headline"] as? String) ?? meta["twitter:title"] ?? firstHeading ?? titleElement
        byline = meta["author"] ?? meta["article:author"].flatMap { $0.hasPrefix("http") ? nil : $0 } ?? article.flatMap { Self.name(in: $0["author"]) }
            ?? meta["byl"] ?? meta["sailthru.author"]
        date = meta["article:published_time"] ?? (article?["datePublished"] as? String) ?? meta["datepublished"]
            ?? meta["date"] ?? meta["pubdate"] ?? meta["publish-date"] ?? meta["dc.date"] ?? meta["dc.date.issued"]
            ?? meta["og:article:published_time"] ?? firstTime
        outlet = meta["og:site_name"] ?? article.flatMap { Self.name(in: $0["publisher"]) } ?? meta["application-name"]
        url = canonical ?? meta["og:url"] ?? (article?["url"] as? String)
        for field in [\PageMetadata.title, \.byline, \.date, \.outlet, \.url] {
            self[keyPath: field] = self[keyPath: field].map(Self.clean).flatMap { $0.isEmpty ? nil : $0 }
        }
    }

    /// The JSON-LD objects of a script: one, an array of them, or an `@graph`.
    private static func objects(in json: Any) -> [[String: Any]] {
        if let array = json as? [Any] { return array.flatMap(objects) }
        guard let object = json as? [String: Any] else { return [] }
        if let graph = object["@graph"] as? [Any] { return [object] + graph.flatMap(objects) }
        return [object]
    }

    /// A person's or organisation's name in JSON-LD: a string, `{name: …}`, or a list of them.
    private static func name(in value: Any?) -> String? {
        if let text = value as? String { return text }
        if let object = value as? [String: Any] { return object["name"] as? String }
        if let list = value as? [Any] {
            let names = list.compactMap { name(in: $0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }

    /// The text inside a node, spaces collapsed.
    static func text(of node: xmlNodePtr) -> String? {
        rawText(of: node).map { clean(String(decoding: $0, as: UTF8.self)) }
    }

    /// The bytes of the text inside an element, as they are.
    private static func rawText(of node: xmlNodePtr) -> Data? {
        guard let content = xmlNodeGetContent(node) else { return nil }
        defer { free(content) }  // libxml2 allocates with malloc unless told otherwise
        return Data(bytes: content, count: strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self)))
    }

    /// The text with runs of spaces and line breaks made one space, and no space at the ends.
    private static func clean(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(scalar)
        }
        return String(result)
    }
}
