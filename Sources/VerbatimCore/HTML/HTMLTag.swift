import CLibXML2

/// The HTML elements article extraction tells apart, by their lowercase names.
enum HTMLTag: UInt8 {
    case other
    // Never article text.
    case script, style, noscript, template, svg, math, canvas, iframe, object, embed, button, select, input,
         textarea, nav, aside, footer, header, figure, figcaption, picture, video, audio, map, dialog, head, menu, label
    // Blocks.
    case p, div, section, article, main, body, h1, h2, h3, h4, h5, h6, li, ul, ol, dl, dt, dd, blockquote, pre,
         table, tr, td, th, br, hr, address
    // Inline elements that matter.
    case a, time, meta, link, title

    /// Elements whose contents are never article text.
    var isRemoved: Bool { rawValue >= HTMLTag.script.rawValue && rawValue <= HTMLTag.label.rawValue }

    /// Elements that start a new line of text.
    var isBlock: Bool { rawValue >= HTMLTag.p.rawValue && rawValue <= HTMLTag.address.rawValue }

    /// Headings below the page title.
    var isSubheading: Bool { self == .h2 || self == .h3 || self == .h4 || self == .h5 || self == .h6 }

    /// An element name of up to sixteen bytes packed into two integers.
    private struct Key: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        mutating func add(_ byte: UInt8, at index: Int) {
            if index < 8 { low |= UInt64(byte) << (8 * UInt64(index)) } else { high |= UInt64(byte) << (8 * UInt64(index - 8)) }
        }
    }

    /// The tag of an element name, read without making a string.
    static func of(_ name: UnsafePointer<xmlChar>?) -> HTMLTag {
        guard let name else { return .other }
        var key = Key()
        var index = 0
        while name[index] != 0 {
            guard index < 16 else { return .other }
            key.add(name[index], at: index)
            index += 1
        }
        return byKey[key] ?? .other
    }

    private static let byKey: [Key: HTMLTag] = {
        let names: [(String, HTMLTag)] = [
            ("script", .script), ("style", .style), ("noscript", .noscript), ("template", .template), ("svg", .svg),
            ("math", .math), ("canvas", .canvas), ("iframe", .iframe), ("object", .object), ("embed", .embed),
            ("button", .button), ("select", .select), ("input", .input), ("textarea", .textarea), ("nav", .nav),
            ("aside", .aside), ("footer", .footer), ("header", .header), ("figure", .figure),
            ("figcaption", .figcaption), ("picture", .picture), ("video", .video), ("audio", .audio), ("map", .map),
            ("dialog", .dialog), ("head", .head), ("menu", .menu), ("label", .label),
            ("p", .p), ("div", .div), ("section", .section), ("article", .article), ("main", .main), ("body", .body),
            ("h1", .h1), ("h2", .h2), ("h3", .h3), ("h4", .h4), ("h5", .h5), ("h6", .h6), ("li", .li), ("ul", .ul),
            ("ol", .ol), ("dl", .dl), ("dt", .dt), ("dd", .dd), ("blockquote", .blockquote), ("pre", .pre),
            ("table", .table), ("tr", .tr), ("td", .td), ("th", .th), ("br", .br), ("hr", .hr), ("address", .address),
            ("a", .a), ("time", .time), ("meta", .meta), ("link", .link), ("title", .title),
        ]
        var table: [Key: HTMLTag] = [:]
        for (name, tag) in names {
            var key = Key()
            for (index, byte) in name.utf8.enumerated() { key.add(byte, at: index) }
            table[key] = tag
        }
        return table
    }()
}
