import Foundation

extension SessionFile {
    /// The session of a file laid out as `save` writes it, decoded a piece at a time (each run
    /// of about a megabyte of articles or quotes on its own), so that only the file's bytes,
    /// the session and one piece's decoding are in memory at once; decoding the whole document
    /// in one go took four to six times the file. Nil for anything else (a foreign, newer or
    /// damaged file, a piece that does not decode): the whole-document decoder then reads it
    /// and says what is wrong.
    /// `pieceBytes` is about how many bytes of an array are decoded at once.
    static func sessionDecodedInPieces(_ data: Data, pieceBytes: Int = 1 << 20) -> Session? {
        data.withUnsafeBytes { bytes -> Session? in
            let layout = JSONLayout(bytes: bytes)
            guard let root = layout.root, let envelope = layout.members(of: root),
                  let formatRange = envelope.last(where: { $0.key == "format" })?.value,
                  let versionRange = envelope.last(where: { $0.key == "version" })?.value,
                  let sessionRange = envelope.last(where: { $0.key == "session" })?.value,
                  decodePiece(String.self, bytes, formatRange) == format,
                  let fileVersion = decodePiece(Int.self, bytes, versionRange), (1...version).contains(fileVersion),
                  let members = layout.members(of: sessionRange) else { return nil }
            func value(_ key: String) -> Range<Int>? { members.last { $0.key == key }?.value }
            var session = Session()
            guard let articles = value("articles").flatMap(layout.elements), let quotes = value("quotes").flatMap(layout.elements),
                  let nextArticle = value("nextArticleNumber").flatMap({ decodePiece(Int.self, bytes, $0) }),
                  let nextQuote = value("nextQuoteNumber").flatMap({ decodePiece(Int.self, bytes, $0) }),
                  decodeArray(&session.articles, bytes, articles, pieceBytes), decodeArray(&session.quotes, bytes, quotes, pieceBytes) else { return nil }
            session.nextArticleNumber = nextArticle
            session.nextQuoteNumber = nextQuote
            if let speakerFields = value("speakerFields") {
                guard let fields = decodePiece([String: Fields]?.self, bytes, speakerFields) else { return nil }
                session.speakerFields = fields
            }
            return session
        }
    }

    /// The value at `range`, or nil when it does not decode as `Value`.
    private static func decodePiece<Value: Decodable>(_ type: Value.Type, _ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Value? {
        try? JSONDecoder().decode(type, from: Data(UnsafeRawBufferPointer(rebasing: bytes[range])))
    }

    /// Decodes the array elements at `elements` into `array`, about `pieceBytes` at a time;
    /// false when one does not decode.
    private static func decodeArray<Element: Decodable>(
        _ array: inout [Element], _ bytes: UnsafeRawBufferPointer, _ elements: [Range<Int>], _ pieceBytes: Int
    ) -> Bool {
        array.reserveCapacity(elements.count)
        var first = 0
        while first < elements.count {
            var last = first
            while last + 1 < elements.count, elements[last + 1].upperBound - elements[first].lowerBound <= pieceBytes { last += 1 }
            if first == last, let base = bytes.baseAddress {
                // One element (such as one long article) is decoded where it lies, not copied.
                let element = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base + elements[first].lowerBound),
                                   count: elements[first].count, deallocator: .none)
                guard let decoded = try? JSONDecoder().decode(Element.self, from: element) else { return false }
                array.append(decoded)
                first += 1
                continue
            }
            var piece = Data([UInt8(ascii: "[")])
            piece.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[elements[first].lowerBound..<elements[last].upperBound]))
            piece.append(UInt8(ascii: "]"))
            guard let decoded = try? JSONDecoder().decode([Element].self, from: piece) else { return false }
            array += decoded
            first = last + 1
        }
        return true
    }
}
