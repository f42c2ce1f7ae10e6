import Foundation
import Testing
import VerbatimCore
import VerbatimTestSupport

/// Lines read a block at a time: numbered, without their breaks, an overlong one passed over
/// without being held.
@Suite struct LineStreamTests {
    func lines(of text: [UInt8], longestLine: Int = 100) throws -> [String] {
        let path = temporaryFolder() + "/lines"
        try Data(text).write(to: URL(fileURLWithPath: path))
        let stream = try LineStream(path: path, longestLine: longestLine)
        var result: [String] = []
        while let line = try stream.next() {
            switch line {
            case let .text(number, bytes): result.append("\(number):\(String(decoding: bytes, as: UTF8.self))")
            case let .tooLong(number, bytes): result.append("\(number):too long (\(bytes))")
            }
        }
        return result
    }

    @Test func numbersLinesAndKeepsALastLineWithoutABreak() throws {
        #expect(try lines(of: Array("a\n\nb\r\nc".utf8)) == ["1:a", "2:", "3:b\r", "4:c"])
        #expect(try lines(of: Array("a\n".utf8)) == ["1:a"])
        #expect(try lines(of: []) == [])
    }

    @Test func passesOverALineLongerThanTheLimitAcrossBlocks() throws {
        let long = [UInt8](repeating: 0x78, count: 2_500_000)
        let text = Array("first\n".utf8) + long + Array("\nlast".utf8)
        #expect(try lines(of: text, longestLine: 1_000_000) == ["1:first", "2:too long (2500000)", "3:last"])
        #expect(try lines(of: Array("12345\n123456".utf8), longestLine: 5) == ["1:12345", "2:too long (6)"])
    }

    /// gzip's output of `text`, by the gzip program.
    func gzipped(_ text: String) throws -> [UInt8] {
        let path = temporaryFolder() + "/plain"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c", path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(data)
    }

    @Test func unpacksGzipInputAsItReadsIt() throws {
        #expect(try lines(of: gzipped("one\ntwo\nthree")) == ["1:one", "2:two", "3:three"])
    }

    @Test func namesTheLineWhereGzipDataGoesBad() throws {
        var bytes = try gzipped(String(repeating: "a line of text\n", count: 2000))
        bytes.replaceSubrange(30..<bytes.count, with: [UInt8](repeating: 0xFF, count: bytes.count - 30))
        #expect {
            _ = try lines(of: bytes, longestLine: 100)
        } throws: { error in
            guard let reason = (error as? LoadError)?.reason else { return false }
            return reason.hasPrefix("could not be read (bad gzip data: ") && !reason.contains("<fd:")
        }
    }

    @Test func saysWhereGzipDataIsCutShortRatherThanEndingThere() throws {
        let whole = try gzipped(String(repeating: "a line of text\n", count: 50_000))
        for cut in [2, whole.count / 2, whole.count - 4] {
            #expect {
                _ = try lines(of: Array(whole[..<cut]), longestLine: 100)
            } throws: { error in
                (error as? LoadError)?.reason == "could not be read (the gzip data is cut short)"
            }
        }
    }

    @Test func refusesAFolderAndNamesAFileThatIsNotThere() {
        let folder = temporaryFolder()
        #expect(throws: LoadError(file: folder, reason: "is a folder, not a file of lines")) {
            _ = try LineStream(path: folder, longestLine: 10)
        }
        // Said as `load` says it (TextFileReader's reasons).
        #expect(throws: LoadError(file: folder + "/none", reason: "no such file")) { _ = try LineStream(path: folder + "/none", longestLine: 10) }
    }
}
