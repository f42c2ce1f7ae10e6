import CLibXML2
import Foundation

/// The lines of a file or of standard input, read a block at a time, so that memory holds one
/// line however long the stream is; gzip-compressed input is unpacked as it is read (zlib reads
/// other input as it is). A line longer than `longestLine` bytes is passed over to its end,
/// never held, and given as `tooLong`.
public final class LineStream {
    /// One line of the stream, numbered from 1, without its line break (a carriage return
    /// before it is kept: JSON takes it as white space).
    public enum Line {
        case text(number: Int, bytes: [UInt8])
        case tooLong(number: Int, bytes: Int)
    }

    /// The name errors give the stream: its path, or the name given standard input.
    public let name: String
    /// Lines longer than this many bytes are passed over.
    public let longestLine: Int
    private let file: gzFile
    private var block: [UInt8]
    private var blockStart = 0
    private var blockEnd = 0
    private var lineNumber = 0
    private var atEnd = false

    /// Bytes read from the stream at once.
    static let blockSize = 1 << 20

    /// Standard input, called `name` in errors (left open when the stream ends).
    public static func standardInput(named name: String = "standard input", longestLine: Int) throws(LoadError) -> LineStream {
        try LineStream(name: name, descriptor: dup(STDIN_FILENO), longestLine: longestLine)
    }

    /// The file at `path` (a FIFO or device too, read as it comes), which must not be a folder;
    /// it is closed when the stream goes.
    public convenience init(path: String, longestLine: Int) throws(LoadError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw LoadError(file: path, reason: TextFileReader.reason(errno))
        }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            _ = Foundation.close(descriptor)
            throw LoadError(file: path, reason: "is a folder, not a file of lines")
        }
        try self.init(name: path, descriptor: descriptor, longestLine: longestLine)
    }

    /// The stream of `descriptor`, which it owns.
    private init(name: String, descriptor: Int32, longestLine: Int) throws(LoadError) {
        guard descriptor >= 0, let file = gzdopen(descriptor, "rb") else {
            if descriptor >= 0 { _ = Foundation.close(descriptor) }
            throw LoadError(file: name, reason: "could not be opened for reading")
        }
        gzbuffer(file, UInt32(Self.blockSize))
        self.name = name
        self.file = file
        self.longestLine = longestLine
        block = [UInt8](repeating: 0, count: Self.blockSize)
    }

    deinit {
        gzclose(file)
    }

    /// The next line, or nil at the end of the stream; an error reading it names the stream.
    public func next() throws(LoadError) -> Line? {
        var line: [UInt8] = []
        var length = 0
        var sawAny = false
        while true {
            if blockStart == blockEnd {
                guard !atEnd, try fill() else {
                    guard sawAny else { return nil }
                    lineNumber += 1
                    return length > longestLine ? .tooLong(number: lineNumber, bytes: length) : .text(number: lineNumber, bytes: line)
                }
            }
            sawAny = true
            let available = block[blockStart..<blockEnd]
            let lineBreak = available.firstIndex(of: 0x0A)
            let piece = available[..<(lineBreak ?? blockEnd)]
            length += piece.count
            if length <= longestLine { line += piece } else { line = [] }
            blockStart = lineBreak.map { $0 + 1 } ?? blockEnd
            if lineBreak != nil {
                lineNumber += 1
                return length > longestLine ? .tooLong(number: lineNumber, bytes: length) : .text(number: lineNumber, bytes: line)
            }
        }
    }

    /// Reads the next block; false at the end of the stream. Compressed data that ends before
    /// its end mark is an error, not an end: the lines after it were lost.
    private func fill() throws(LoadError) -> Bool {
        let count = block.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32($0.count)) }
        if count > 0 {
            blockStart = 0
            blockEnd = Int(count)
            return true
        }
        atEnd = true
        var code: Int32 = 0
        let message = gzerror(file, &code).map { String(cString: $0) } ?? ""
        guard count < 0 || code != Z_OK else { return false }
        guard code != Z_ERRNO else { throw LoadError(file: name, line: lineNumber + 1, reason: TextFileReader.reason(errno)) }
        let reason: String
        switch code {
        case Z_BUF_ERROR: reason = "the gzip data is cut short"
        // zlib names the stream "<fd:3>: …": what follows is the reason.
        default: reason = "bad gzip data: " + (message.hasPrefix("<fd:") ? String(message.drop { $0 != " " }.dropFirst()) : message)
        }
        throw LoadError(file: name, line: lineNumber + 1, reason: "could not be read (\(reason))")
    }
}
