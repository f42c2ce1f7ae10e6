import CLibXML2

/// Words in class and id attributes that say what an element is: "article-body" reads like
/// article text, "share-tools" or "related-links" like page furniture.
enum ClassWords {
    static let textLike: [StaticString] = ["article", "body", "content", "entry", "main", "post", "story", "text", "blog", "prose"]

    static let furnitureLike: [StaticString] = [
        "comment", "share", "social", "related", "newsletter", "subscri", "signup", "sign-up", "sidebar", "advert",
        "promo", "sponsor", "breadcrumb", "cookie", "popup", "modal", "footer", "masthead", "menu", "nav", "toolbar",
        "recommend", "outbrain", "taboola", "caption", "credit", "widget", "trending", "popular", "login", "paywall",
        "banner", "byline", "author", "tags", "pagination", "pager", "print", "skip", "dropdown", "overlay", "rail",
        "aside", "disclaimer", "copyright", "more-", "read-more", "readmore", "links", "follow", "hidden", "sr-only",
    ]

    /// Words that mark furniture even beside a text-like word ("comment-content").
    static let alwaysFurniture: [StaticString] = [
        "comment", "reply", "disqus", "sidebar", "related", "footer", "share", "social", "promo", "newsletter", "advert",
    ]

    /// −1 when the value reads like furniture (always so for `alwaysFurniture`), +1 like
    /// article text, else 0. One pass over the value, trying only the words that start with
    /// each of its letters.
    static func weight(_ value: UnsafePointer<xmlChar>) -> Int8 {
        var found: UInt8 = 0
        var start = 0
        while value[start] != 0 {
            for word in wordsByFirstByte[Int(lowercase(value[start]))] where matches(value, at: start, word.bytes) {
                found |= word.kind.rawValue
            }
            start += 1
        }
        if found & Kind.always.rawValue != 0 { return -1 }
        let text = found & Kind.text.rawValue != 0, furniture = found & Kind.furniture.rawValue != 0
        return text == furniture ? 0 : (text ? 1 : -1)
    }

    /// Whether `haystack` contains `needle` (lowercase ASCII), ignoring case.
    static func contains(_ haystack: UnsafePointer<xmlChar>, _ needle: StaticString) -> Bool {
        let bytes = Array(UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount))
        var start = 0
        while haystack[start] != 0 {
            if matches(haystack, at: start, bytes) { return true }
            start += 1
        }
        return false
    }

    private enum Kind: UInt8 { case text = 1, furniture = 2, always = 4 }

    private static let wordsByFirstByte: [[(bytes: [UInt8], kind: Kind)]] = {
        var table = [[(bytes: [UInt8], kind: Kind)]](repeating: [], count: 256)
        for (words, kind) in [(textLike, Kind.text), (furnitureLike, .furniture), (alwaysFurniture, .always)] {
            for word in words {
                let bytes = Array(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
                table[Int(bytes[0])].append((bytes, kind))
            }
        }
        return table
    }()

    private static func lowercase(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }

    private static func matches(_ haystack: UnsafePointer<xmlChar>, at start: Int, _ needle: [UInt8]) -> Bool {
        for (offset, expected) in needle.enumerated() {
            let byte = haystack[start + offset]
            if byte == 0 || lowercase(byte) != expected { return false }
        }
        return true
    }
}
