/// The most Verbatim reads of one input, so that a hostile file (or a small gzip file that
/// unpacks to gigabytes) is refused with a reason instead of filling memory. No real article
/// comes near these sizes.
public enum LoadLimits {
    /// The most bytes of HTML one page may hold (after decompression): 32 MB.
    public static let pageBytes = 32 * 1_048_576
    /// The most bytes one plain-text article may hold (after decompression): 64 MB.
    public static let textBytes = 64 * 1_048_576
    /// The most bytes any other file may hold (a corpus, a session file, a script), after
    /// decompression: 256 MB.
    public static let fileBytes = 256 * 1_048_576
    /// The most attributes one HTML element keeps; the rest are dropped before parsing.
    public static let attributesPerElement = 256

    /// `bytes` in whole megabytes, for messages ("32 MB").
    public static func megabytes(_ bytes: Int) -> String { "\(bytes / 1_048_576) MB" }

    /// `bytes` in whole megabytes rounded up, for the size of what was refused ("33 MB"); any
    /// size, up to `Int.max`, without overflow.
    public static func megabytes(roundingUp bytes: Int) -> String {
        "\(bytes / 1_048_576 + (bytes % 1_048_576 > 0 ? 1 : 0)) MB"
    }
}
