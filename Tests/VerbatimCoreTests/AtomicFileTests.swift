import Foundation
import Testing
import VerbatimCore
#if canImport(Glibc)
import Glibc
import VerbatimTestSupport
#endif

@Suite struct AtomicFileTests {
    let folder = URL(fileURLWithPath: temporaryRoot).appendingPathComponent("verbatim-atomic-\(UUID().uuidString)").path

    init() throws { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }

    private func fileType(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    private func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    @Test func writesThroughASymbolicLinkWhichStays() throws {
        try "old".write(toFile: folder + "/target.json", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.json", withDestinationPath: "target.json")
        try AtomicFile.write(Data("new".utf8), to: folder + "/link.json")
        #expect(fileType(folder + "/link.json") == S_IFLNK)
        #expect(try String(contentsOfFile: folder + "/target.json", encoding: .utf8) == "new")

        // A link to a file not written yet creates the file where it points.
        try FileManager.default.createSymbolicLink(atPath: folder + "/ahead.json", withDestinationPath: folder + "/later.json")
        try AtomicFile.write(Data("first".utf8), to: folder + "/ahead.json")
        #expect(fileType(folder + "/ahead.json") == S_IFLNK)
        #expect(try String(contentsOfFile: folder + "/later.json", encoding: .utf8) == "first")
    }

    @Test func writesIntoAPipeWithoutReplacingIt() throws {
        let pipe = folder + "/pipe"
        #expect(mkfifo(pipe, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder + "/stdout", withDestinationPath: pipe)
        let reader = open(pipe, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        try AtomicFile.write(Data("through the pipe\n".utf8), to: pipe)
        try AtomicFile.write(Data("and its link\n".utf8), to: folder + "/stdout")
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = read(reader, &buffer, buffer.count)
        #expect(String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self) == "through the pipe\nand its link\n")
        #expect(fileType(pipe) == S_IFIFO)
        #expect(fileType(folder + "/stdout") == S_IFLNK)
    }

    @Test func replacesARegularFileUnderDevInsteadOfAppending() throws {
        let path = "/dev/shm/verbatim-atomic-\(UUID().uuidString).json"
        guard FileManager.default.fileExists(atPath: "/dev/shm") else { return }
        defer { unlink(path) }
        try AtomicFile.write(Data("first".utf8), to: path)
        try AtomicFile.write(Data("second".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
    }

    @Test func writesIntoTheFileBehindADescriptorPath() throws {
        let path = folder + "/behind.txt"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        try AtomicFile.write(Data("one ".utf8), to: "/dev/fd/\(descriptor)")
        try AtomicFile.write(Data("two".utf8), to: "/proc/self/fd/\(descriptor)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "one two")
    }

    @Test func refusesATerminal() throws {
        // Each open of /dev/ptmx makes a new pseudo-terminal, a terminal no one reads.
        guard FileManager.default.fileExists(atPath: "/dev/ptmx") else { return }
        let error = try #require(throws: AtomicFile.WriteError.self) { try AtomicFile.write(Data("\u{1b}[2J".utf8), to: "/dev/ptmx") }
        #expect(error.reason == AtomicFile.terminalReason)
        #expect(fileType("/dev/ptmx") == S_IFCHR)
    }

    @Test func refusesFoldersAndSockets() throws {
        let error = try #require(throws: AtomicFile.WriteError.self) { try AtomicFile.write(Data("x".utf8), to: folder) }
        #expect(error.localizedDescription == "\(folder): cannot be written (it is a folder)")

        let socketPath = folder + "/socket"
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in socketPath.utf8.prefix(raw.count - 1).enumerated() { raw[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0)
        let refused = try #require(throws: AtomicFile.WriteError.self) { try AtomicFile.write(Data("x".utf8), to: socketPath) }
        #expect(refused.reason == "it is a socket")
        #expect(fileType(socketPath) == S_IFSOCK)
    }

    @Test func keepsTheModeOfTheFileItReplaces() throws {
        let path = folder + "/private.json"
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(chmod(path, 0o640) == 0)
        try AtomicFile.write(Data("new".utf8), to: path)
        #expect(mode(path) == 0o640)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
    }

    @Test func createsSessionFilesReadableByTheirOwnerOnly() throws {
        let path = folder + "/s.verbatim"
        try SessionFile.write(Session(), to: path)
        #expect(mode(path) == 0o600)
        #expect(chmod(path, 0o644) == 0)
        try SessionFile.write(Session(), to: path)
        #expect(mode(path) == 0o644, "a file the user opened up stays open")
    }
}
