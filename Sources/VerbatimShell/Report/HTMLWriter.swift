/// Builds an HTML page as UTF-8 bytes: markup the project writes goes in as it is, everything
/// else (article text, names, attribute values) through `HTMLText`.
struct HTMLWriter {
    private(set) var bytes: [UInt8] = []

    /// Appends markup written by the project itself.
    mutating func markup(_ markup: String) { bytes.append(contentsOf: markup.utf8) }

    /// Appends text, escaped.
    mutating func text(_ text: String) { HTMLText.append(text, to: &bytes) }

    /// Appends UTF-8 text bytes, escaped.
    mutating func text(bytes text: some Sequence<UInt8>) { HTMLText.append(text, to: &bytes) }

    /// Opens element `name` with `attributes` (nil values left out), escaping their values.
    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        markup("<" + name)
        for (attribute, value) in attributes {
            guard let value else { continue }
            markup(" \(attribute)=\"")
            text(value)
            markup("\"")
        }
        markup(">")
    }

    mutating func close(_ name: String) { markup("</\(name)>") }

    /// An element holding only `content`, escaped.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text content: String) {
        open(name, attributes)
        text(content)
        close(name)
    }

    /// An element whose content `body` writes.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], _ body: (inout HTMLWriter) -> Void) {
        open(name, attributes)
        body(&self)
        close(name)
    }
}
