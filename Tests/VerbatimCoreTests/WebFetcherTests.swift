import Foundation
import Testing
import VerbatimCore
import VerbatimTestSupport

/// `load https://…` against an HTTP server the test starts on 127.0.0.1.
@Suite(.serialized) struct WebFetcherTests {
    /// A small server: a page in Latin-1 (charset in the header), a redirect, a 404, a PDF, a
    /// slow page, a big one and a text file; and hostile answers (`hostileRoutes`). It also
    /// listens on 127.0.0.2 and ::1, at the same port, where it can.
    static let server = #"""
    import base64, http.server, socket, sys, threading, time, zlib
    PAGE = ("<html><head><title>Ferry</title><meta property='og:site_name' content='Harbor Daily'></head><body>"
            "<article><p>The ferry will run every twenty minutes from the north pier while the bridge is closed, "
            "the harbor master said on Tuesday, and tickets will cost the same as the bridge toll.</p>"
            "<p>\"We are ready,\" said Tomas Reyes, the harbor commissioner, who called the plan a relief for caf\u00e9 owners.</p>"
            "</article></body></html>").encode("latin-1", "replace")
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args): pass
        def send(self, status, kind, body):
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        def do_GET(self):
            if self.path == "/page": self.send(200, "text/html; charset=iso-8859-1", PAGE)
            elif self.path == "/moved":
                self.send_response(302); self.send_header("Location", "/page"); self.send_header("Content-Length", "0"); self.end_headers()
            elif self.path == "/report.pdf": self.send(200, "application/pdf", b"%PDF-1.4")
            elif self.path == "/slow": time.sleep(3); self.send(200, "text/html", PAGE)
            elif self.path == "/big": self.send(200, "text/html", b"<p>" + b"a" * 3000000 + b"</p>")
            elif self.path == "/notes.txt": self.send(200, "text/plain; charset=utf-8", "“Quoted,” she said.\n".encode())
            elif not hostile(self): self.send(404, "text/html", b"<h1>Not found</h1>")
    """# + "\n" + hostileRoutes + "\n" + #"""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port = server.server_address[1]
    class IPv6Server(http.server.ThreadingHTTPServer): address_family = socket.AF_INET6
    for kind, host in [(http.server.ThreadingHTTPServer, "127.0.0.2"), (IPv6Server, "::1")]:
        try: threading.Thread(target=kind((host, port), Handler).serve_forever, daemon=True).start()
        except OSError: pass
    print(port, flush=True)
    server.serve_forever()
    """#

    /// Runs `body` with the server's base address, then stops the server.
    func withServer(_ body: (String) throws -> Void) throws {
        let script = URL(fileURLWithPath: temporaryRoot).appendingPathComponent("verbatim-server-\(UUID().uuidString).py")
        try Self.server.write(to: script, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        defer {
            kill(process.processIdentifier, SIGKILL)
            for _ in 0..<200 where process.isRunning { usleep(10_000) }
        }
        var port = ""
        while !port.hasSuffix("\n") {
            let byte = output.fileHandleForReading.readData(ofLength: 1)
            guard !byte.isEmpty else { break }
            port += String(decoding: byte, as: UTF8.self)
        }
        try body("http://127.0.0.1:\(port.trimmingCharacters(in: .whitespacesAndNewlines))")
    }

    @Test func loadsPagesFollowingRedirectsInTheirCharset() throws {
        try withServer { base in
            var loader = ArticleLoader()
            loader.web.allowsLocalAddresses = true
            let page = try loader.source(for: base + "/moved")
            #expect(page.outlet == "Harbor Daily" && page.title == "Ferry")
            #expect(page.text.contains("\"We are ready,\" said Tomas Reyes"))
            #expect(page.text.contains("café owners"))
            #expect(page.url == base + "/page" && page.file == base + "/moved")
            let notes = try loader.source(for: base + "/notes.txt")
            #expect(notes.text == "“Quoted,” she said.\n")
        }
    }

    @Test func namesWhatWentWrong() throws {
        try withServer { base in
            var loader = ArticleLoader()
            loader.web.allowsLocalAddresses = true
            loader.web.maximumBytes = 1_048_576
            for (path, reason) in [("/missing", "answered HTTP 404 Not Found"), ("/report.pdf", "is application/pdf, not a web page or text"),
                                   ("/slow", "did not answer"), ("/big", "pages over 1 MB are not loaded")] {
                loader.web.timeout = path == "/slow" ? 1 : 30  // long enough for the others on a busy machine
                let error = #expect(throws: LoadError.self) { try loader.source(for: base + path) }
                #expect(error?.file == base + path)
                #expect(error?.reason.contains(reason) == true, "\(path): \(error?.reason ?? "")")
            }
        }
        var loader = ArticleLoader()
        loader.web.allowsLocalAddresses = true
        let refused = #expect(throws: LoadError.self) { try loader.source(for: "http://127.0.0.1:9/") }
        #expect(refused?.reason == "cannot be reached: the connection was refused")
        let unknown = #expect(throws: LoadError.self) { try loader.source(for: "http://no-such-host.invalid/") }
        #expect(unknown?.reason.hasPrefix("cannot be reached: no such host") == true, "\(unknown?.reason ?? "")")
    }
}
