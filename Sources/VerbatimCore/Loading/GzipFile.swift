import CLibXML2
import Foundation

/// Reads gzip-compressed files (`page.html.gz`) with zlib.
enum GzipFile {
    /// Whether the file at `path` starts with gzip's magic bytes, 1f 8b.
    static func startsWithMagicBytes(_ path: String) -> Bool {
        guard let file = fopen(path, "rb") else { return false }
        defer { fclose(file) }
        var magic: [UInt8] = [0, 0]
        return fread(&magic, 1, 2, file) == 2 && magic == [0x1F, 0x8B]
    }

    /// What reading a gzip file gave.
    enum Outcome: Equatable {
        /// The decompressed bytes.
        case bytes([UInt8])
        /// The file cannot be read or is not gzip data.
        case notGzip
        /// The file unpacks to more than the limit; decompression stopped there.
        case tooLarge
    }

    /// The decompressed bytes of the file at `path`, unpacked a block at a time and given up
    /// as soon as they pass `limit` bytes, so a small file that unpacks to gigabytes costs
    /// no more than the limit.
    static func read(_ path: String, limit: Int) -> Outcome {
        guard let file = gzopen(path, "rb") else { return .notGzip }
        defer { gzclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= limit {
            let count = gzread(file, &buffer, UInt32(buffer.count))
            if count < 0 { return .notGzip }
            if count == 0 { return .bytes(bytes) }
            bytes += buffer[0..<Int(count)]
        }
        return .tooLarge
    }
}
