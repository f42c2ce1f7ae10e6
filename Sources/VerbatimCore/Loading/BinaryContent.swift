import Foundation

/// Recognizes downloads that are not text whatever their Content-Type says (or when they say
/// nothing): programs, documents, images and archives by their first bytes, anything else by
/// the NUL bytes text never holds.
enum BinaryContent {
    /// What a piece of a download is, such as "an ELF program", when it is not text; nil for
    /// text. `atStart` says whether the piece begins the download (where signatures are);
    /// UTF-16 text, which is full of NULs, counts as text when `isUTF16` says so.
    static func kind(of piece: UnsafeRawBufferPointer, atStart: Bool, isUTF16: Bool) -> String? {
        if atStart {
            for (signature, name) in signatures where piece.starts(with: signature) { return name }
        }
        guard !isUTF16 else { return nil }
        let hasNUL = piece.baseAddress.map { memchr($0, 0, piece.count) != nil } ?? false
        return hasNUL ? "binary data (it contains NUL bytes)" : nil
    }

    /// First bytes of common files that are not text.
    private static let signatures: [([UInt8], String)] = [
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF program"),
        ([0x25, 0x50, 0x44, 0x46, 0x2D], "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive"),
        ([0x1F, 0x8B], "gzip data"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
    ]
}
