import CLibXML2

/// Gathers text into lines, one per block of the page: spaces collapsed, and a line dropped
/// when most of it is link text (menus, link lists) or when it is a stock phrase of page
/// furniture ("Advertisement", "Read more").
struct BlockWriter {
    private(set) var lines: [String] = []
    /// The embedded posts written, by their line.
    private(set) var posts: [Int: EmbeddedPost] = [:]
    private var line: [UInt8] = []
    private var visible = 0
    private var linked = 0
    private var pendingSpace = false

    /// Adds a text node's UTF-8 bytes.
    mutating func append(_ text: UnsafePointer<xmlChar>, isLink: Bool) {
        var index = 0
        while true {
            let byte = text[index]
            if byte == 0 { break }
            index += 1
            // ASCII spaces, and the no-break space (C2 A0), become one space between words.
            if byte <= 0x20 || (byte == 0xC2 && text[index] == 0xA0) {
                if byte == 0xC2 { index += 1 }
                pendingSpace = !line.isEmpty
                continue
            }
            if pendingSpace {
                line.append(0x20)
                pendingSpace = false
            }
            line.append(byte)
            visible += 1
            if isLink { linked += 1 }
        }
    }

    /// Writes an embedded post as a line of its own.
    mutating func write(_ post: EmbeddedPost) {
        flush()
        posts[lines.count] = post
        lines.append(post.line)
    }

    /// Ends the current line.
    mutating func flush() {
        defer {
            line.removeAll(keepingCapacity: true)
            visible = 0
            linked = 0
            pendingSpace = false
        }
        guard visible > 0, linked * 2 <= visible else { return }
        let text = String(decoding: line, as: UTF8.self)
        guard !Self.isFurniture(text) else { return }
        lines.append(text)
    }

    /// Lines of page furniture: short stock phrases.
    static func isFurniture(_ line: String) -> Bool {
        guard line.utf8.count < 80 else { return false }
        let lowered = line.lowercased()
        return furniturePrefixes.contains { lowered.hasPrefix($0) } || furnitureLines.contains(lowered)
    }

    private static let furniturePrefixes = [
        "read more", "advertisement", "sign up", "subscribe", "follow us", "share this", "click here", "related:",
        "related articles", "recommended", "image:", "photo:", "getty images", "copyright ©", "©", "all rights reserved",
    ]

    private static let furnitureLines: Set<String> = ["share", "tweet", "email", "print", "comments", "advertisement", "ad"]
}
