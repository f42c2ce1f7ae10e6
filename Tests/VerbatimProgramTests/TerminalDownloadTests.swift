import Foundation
import Testing

extension TerminalTests {
    @Test func ctrlCStopsADownloadAtOnceKeepingWhatLoaded() throws {
        let server = try SilentServer()
        defer { close(server.socket) }
        let terminal = try start()
        terminal.type("load --allow-local Scripts/articles/harbor-daily.txt http://127.0.0.1:\(server.port)/story\r")
        Thread.sleep(forTimeInterval: 0.5)
        let pressed = Date()
        terminal.type("\u{03}")
        try terminal.expect("interrupted after loading 1 of 2 files (those stay loaded)", within: 5)
        #expect(Date().timeIntervalSince(pressed) < 1.5)
        try terminal.expect("verbatim (1 article, 4 quotes)> ")
    }
}

/// A server on 127.0.0.1 that accepts connections (the system does, from its backlog) and
/// never answers.
struct SilentServer {
    let socket: Int32
    let port: Int

    init() throws {
        let descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(descriptor, generic, length) == 0 && listen(descriptor, 8) == 0 && getsockname(descriptor, generic, &length) == 0
            }
        }
        guard descriptor >= 0, bound else { throw POSIXError(.EADDRNOTAVAIL) }
        socket = descriptor
        port = Int(UInt16(bigEndian: address.sin_port))
    }
}
