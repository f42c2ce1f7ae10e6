import CLibXML2
import Foundation

/// An HTML page parsed by libxml2 (forgiving, as browsers are), with what article extraction
/// needs of each element gathered in one walk: its tag, parent, how its class and id read,
/// and how much text and link text it holds.
final class HTMLTree {
    private let document: htmlDocPtr
    /// The elements in document order.
    private(set) var nodes: [xmlNodePtr] = []
    private(set) var parents: [Int32] = []
    private(set) var tags: [HTMLTag] = []
    /// Whether the element, or one around it, can hold no article text.
    private(set) var removed: [Bool] = []
    /// How the element's class and id read: above 0 like article text, below 0 like page furniture.
    private(set) var classWeights: [Int8] = []
    /// Visible bytes of text inside the element (not counting removed parts), and inside links.
    private(set) var textBytes: [Int32] = []
    private(set) var linkBytes: [Int32] = []
    /// Visible bytes of text directly inside the element, and commas there.
    private(set) var ownTextBytes: [Int32] = []
    private(set) var commas: [Int32] = []

    /// Parses `bytes` (see `PageReader`); nil when libxml2 finds no document at all.
    /// `encoding` names the charset when it is known (from HTTP headers).
    init?(_ bytes: [UInt8], encoding: String? = nil) {
        let (bytes, encoding) = WideMarkup.utf8(bytes, encoding: encoding)
        let markup = AttributeLimiter.limit(DoctypeStripper.strip(ScriptStripper.strip(bytes)), to: LoadLimits.attributesPerElement)
        guard let parsed = PageReader.document(markup, encoding: encoding) else { return nil }
        document = parsed
        walk()
    }

    deinit { xmlFreeDoc(document) }

    /// The root element.
    var root: xmlNodePtr? { xmlDocGetRootElement(document) }

    private func walk() {
        guard let root else { return }
        var stack: [(node: xmlNodePtr, parent: Int32, removed: Bool, inLink: Bool)] = [(root, -1, false, false)]
        while let (node, parent, parentRemoved, inLink) = stack.popLast() {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let tag = HTMLTag.of(node.pointee.name)
                let weight = Self.classWeight(node)
                let isRemoved = parentRemoved || tag.isRemoved || Self.isHidden(node)
                let index = Int32(nodes.count)
                node.pointee._private = UnsafeMutableRawPointer(bitPattern: Int(index) + 1)
                nodes.append(node)
                parents.append(parent)
                tags.append(tag)
                removed.append(isRemoved)
                classWeights.append(weight)
                textBytes.append(0)
                linkBytes.append(0)
                ownTextBytes.append(0)
                commas.append(0)
                var child = Self.lastChild(of: node)
                while let current = child {
                    stack.append((current, index, isRemoved, inLink || tag == .a))
                    child = current.pointee.prev
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard parent >= 0, !parentRemoved, let content = node.pointee.content else { continue }
                var visible: Int32 = 0, commaCount: Int32 = 0
                var index = 0
                while content[index] != 0 {
                    let byte = content[index]
                    if byte > 0x20 { visible += 1 }
                    if byte == 0x2C { commaCount += 1 }
                    index += 1
                }
                ownTextBytes[Int(parent)] += visible
                commas[Int(parent)] += commaCount
                textBytes[Int(parent)] += visible
                if inLink { linkBytes[Int(parent)] += visible }
            default:
                continue
            }
        }
        // Children come after their parents: add totals upwards in reverse order.
        for index in nodes.indices.reversed() where parents[index] >= 0 {
            let parent = Int(parents[index])
            guard !removed[index] else { continue }
            textBytes[parent] += textBytes[index]
            linkBytes[parent] += linkBytes[index]
        }
    }

    /// The element's index in `nodes`, kept in libxml2's field for application data.
    static func index(of node: xmlNodePtr) -> Int? {
        node.pointee._private.map { Int(bitPattern: $0) - 1 }
    }

    static func lastChild(of node: xmlNodePtr) -> xmlNodePtr? {
        var child = node.pointee.children
        while let next = child?.pointee.next { child = next }
        return child
    }

    // MARK: Attributes

    /// The value of attribute `name` ("class"), without copying unless asked.
    static func attribute(_ node: xmlNodePtr, _ name: StaticString) -> UnsafePointer<xmlChar>? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name, strcmp(UnsafeRawPointer(attributeName).assumingMemoryBound(to: CChar.self),
                                                                 UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self)) == 0 {
                guard let text = current.pointee.children, text.pointee.type == XML_TEXT_NODE else { return nil }
                return UnsafePointer(text.pointee.content)
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// An attribute's value as a string.
    static func attributeString(_ node: xmlNodePtr, _ name: StaticString) -> String? {
        attribute(node, name).map { String(cString: $0) }
    }

    /// Whether the element is hidden from readers (`hidden`, `aria-hidden="true"`, display:none).
    private static func isHidden(_ node: xmlNodePtr) -> Bool {
        guard node.pointee.properties != nil else { return false }
        if attribute(node, "hidden") != nil { return true }
        if let style = attribute(node, "style"), ClassWords.contains(style, "display:none") || ClassWords.contains(style, "display: none") {
            return true
        }
        return false
    }

    /// How the element's class and id read, from −2 (page furniture) to 2 (article text), and
    /// 2 more when schema.org marks it as the article body.
    private static func classWeight(_ node: xmlNodePtr) -> Int8 {
        guard node.pointee.properties != nil else { return 0 }
        var weight: Int8 = 0
        for name in ["class", "id"] as [StaticString] {
            guard let value = attribute(node, name) else { continue }
            weight += ClassWords.weight(value)
        }
        // schema.org's mark of the article text.
        if let property = attribute(node, "itemprop"), ClassWords.contains(property, "articlebody") { weight += 2 }
        return weight
    }
}
