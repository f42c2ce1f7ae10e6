/// The charset a page that is not UTF-8 is read in, found before libxml2 reads it, so that
/// libxml2 is always told one and never switches by itself (on a `<meta charset>` it meets).
/// Only charsets that keep ASCII as it is are told: in the others (ISO-2022-JP, UTF-7, HZ,
/// EBCDIC) markup bytes can stand for other characters, so that what the scans before libxml2
/// take for a quote or a tag is not one for libxml2 — an ISO-2022-JP page hid an element with
/// thousands of attributes from the attribute cap that way.
enum PageCharset {
    /// The charset `<meta charset=…>` or `<meta http-equiv … content="…; charset=…">` names in
    /// the first 16 KB of `bytes`, as browsers look for it; nil when none does.
    static func declared(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(16_384)
        let word = Array("charset".utf8)
        var index = head.startIndex
        while index + word.count < head.endIndex {
            guard HTMLBytes.matches(bytes, at: index, word) else {
                index += 1
                continue
            }
            var position = index + word.count
            while position < head.endIndex, isBlank(head[position]) { position += 1 }
            index += word.count
            guard position < head.endIndex, head[position] == 0x3D else { continue }
            position += 1
            while position < head.endIndex, isBlank(head[position]) || head[position] == 0x22 || head[position] == 0x27 { position += 1 }
            let start = position
            while position < head.endIndex, isNameByte(head[position]) { position += 1 }
            if position > start { return String(decoding: head[start..<position], as: UTF8.self) }
        }
        return nil
    }

    /// Whether libxml2 may be told `name`: a charset that keeps ASCII bytes as ASCII.
    static func keepsASCII(_ name: String) -> Bool {
        let name = name.lowercased()
        if ["iso-8859-", "iso8859-", "iso_8859-", "windows-125", "koi8-", "euc-"].contains(where: name.hasPrefix) { return true }
        return asciiKeepingNames.contains(name)
    }

    private static let asciiKeepingNames: Set<String> = Set(
        ["utf-8", "utf8", "us-ascii", "ascii", "latin1", "latin-1", "l1", "windows-874", "windows-31j", "shift_jis", "shift-jis",
         "sjis", "x-sjis", "cp932", "gb2312", "gbk", "gb18030", "cp936", "big5", "big5-hkscs", "cp950", "cp949",
         "ks_c_5601-1987", "tis-620", "macintosh", "x-mac-roman"] + (0...8).map { "cp125\($0)" })

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x30 && byte <= 0x39 || byte == 0x2D || byte == 0x5F || byte == 0x2E || byte == 0x3A
    }
}
