/// Text made safe to put into an HTML page: as element content or as a quoted attribute value,
/// it stays text and cannot open a tag, end an attribute or start a character reference.
enum HTMLText {
    /// Appends the UTF-8 `bytes` to `page`, escaping `& < > " '`. NUL, which a parser turns into
    /// U+FFFD or drops, and other C0 controls but tab, line feed and carriage return become
    /// U+FFFD, so every browser shows the same thing.
    static func append(_ bytes: some Sequence<UInt8>, to page: inout [UInt8]) {
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): page.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): page.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): page.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): page.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): page.append(contentsOf: "&#39;".utf8)
            case 0x09, 0x0A, 0x0D: page.append(byte)
            case 0x00..<0x20, 0x7F: page.append(contentsOf: [0xEF, 0xBF, 0xBD])
            default: page.append(byte)
            }
        }
    }

    /// Appends `text` escaped, as `append(_:to:)` does.
    static func append(_ text: String, to page: inout [UInt8]) {
        append(text.utf8, to: &page)
    }

    /// `address` when it is a web address a link may open (http or https), else nil: a
    /// `javascript:` or `data:` address in an article's metadata must not become a link.
    static func linkAddress(_ address: String?) -> String? {
        guard let address else { return nil }
        let lowered = address.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://"),
              !address.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F }) else { return nil }
        return address
    }
}
