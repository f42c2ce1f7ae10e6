import Foundation

/// Turns a text file's bytes into text: UTF-8 (a byte-order mark dropped), UTF-16 with a
/// byte-order mark, or, for bytes that are not UTF-8, Windows-1252 — the usual encoding of
/// older Western pages and documents — when every byte means something there.
enum TextDecoding {
    /// The text and the name of the encoding it was read in.
    static func decode(_ bytes: Data) throws(DecodingFailure) -> (text: String, encoding: String) {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes.first == 0xFF
            let body = bytes.dropFirst(2)
            guard body.count % 2 == 0, let text = String(data: body, encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian) else {
                throw .invalid(line: 1, encoding: "UTF-16")
            }
            return (text, littleEndian ? "utf-16le" : "utf-16be")
        }
        let hasByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let decoded = bytes.withUnsafeBytes { raw -> (hasNUL: Bool, text: String?) in
            let all = raw.bindMemory(to: UInt8.self)
            guard let start = all.baseAddress else { return (false, "") }
            guard memchr(start, 0, all.count) == nil else { return (true, nil) }
            return (false, String(validating: UnsafeBufferPointer(rebasing: all.dropFirst(hasByteOrderMark ? 3 : 0)), as: UTF8.self))
        }
        if decoded.hasNUL { throw .binary }
        if let text = decoded.text { return (text, "utf-8") }
        let body = hasByteOrderMark ? bytes.dropFirst(3) : bytes[...]
        guard !body.contains(where: undefinedInWindows1252.contains) else {
            throw .invalid(line: firstInvalidLine(in: body), encoding: "UTF-8 (nor Windows-1252)")
        }
        var text = String.UnicodeScalarView()
        for byte in body { text.append(windows1252(byte)) }
        return (String(text), "windows-1252")
    }

    /// The byte order of UTF-16 `bytes` that carry no byte-order mark, told by where their zero
    /// bytes fall (the high bytes of Latin text): mostly at odd offsets means little-endian,
    /// otherwise big-endian, the standard's default. Looks at the first 64 KB.
    static func utf16ByteOrder(of bytes: [UInt8]) -> String.Encoding {
        var zeros = (even: 0, odd: 0)
        for (offset, byte) in bytes.prefix(65_536).enumerated() where byte == 0 {
            if offset % 2 == 0 { zeros.even += 1 } else { zeros.odd += 1 }
        }
        return zeros.odd > zeros.even ? .utf16LittleEndian : .utf16BigEndian
    }

    /// Whether `bytes` are UTF-8 with no NUL and no UTF-16 byte-order mark: text that can only
    /// have been written as UTF-8.
    static func isPlainUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(isPlainUTF8)
    }

    /// Whether the bytes in memory are plain UTF-8, as `isPlainUTF8(_:)` says of an array.
    static func isPlainUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]) else { return false }
        let hasNUL = bytes.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false
        return !hasNUL && (try? UTF8Span(validating: bytes.span)) != nil
    }

    /// `bytes` made valid UTF-8: the sequences that are UTF-8 kept, every other byte read as
    /// Windows-1252 (a page mixing the two, as pages patched by several tools do).
    static func repairedUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var index = 0
        while index < bytes.count {
            if let length = utf8SequenceLength(bytes, at: index) {
                output.append(contentsOf: bytes[index..<(index + length)])
                index += length
            } else {
                UTF8.encode(windows1252(bytes[index])) { output.append($0) }
                index += 1
            }
        }
        return output
    }

    /// The length of the well-formed UTF-8 sequence starting at `index`, nil when none does.
    private static func utf8SequenceLength(_ bytes: [UInt8], at index: Int) -> Int? {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        let length: Int, secondRange: ClosedRange<UInt8>
        switch lead {
        case 0xC2...0xDF: (length, secondRange) = (2, 0x80...0xBF)
        case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
        case 0xED: (length, secondRange) = (3, 0x80...0x9F)
        case 0xE1...0xEF: (length, secondRange) = (3, 0x80...0xBF)
        case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
        case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
        case 0xF1...0xF3: (length, secondRange) = (4, 0x80...0xBF)
        default: return nil
        }
        guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else { return nil }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return nil }
        return length
    }

    /// Why bytes are not text.
    enum DecodingFailure: Error {
        case binary
        case invalid(line: Int, encoding: String)
    }

    /// Bytes Windows-1252 leaves undefined.
    private static let undefinedInWindows1252: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]

    /// The scalars of Windows-1252's bytes 0x80–0x9F; the others are Latin-1's.
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    private static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        Unicode.Scalar((0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte))!
    }

    /// The 1-based line of the first byte that breaks UTF-8 decoding.
    static func firstInvalidLine(in data: Data.SubSequence) -> Int {
        var line = 1
        var lineStart = data.startIndex
        for index in data.indices where data[index] == 0x0A {
            if String(validating: data[lineStart..<index], as: UTF8.self) == nil { return line }
            line += 1
            lineStart = index + 1
        }
        return line
    }
}
