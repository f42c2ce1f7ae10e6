import Foundation
import Testing
@testable import VerbatimCore

/// `load https://…` against servers that answer badly: endless bodies, bombs, redirects to
/// this computer, binary data, wrong charsets, silence.
extension WebFetcherTests {
    /// The server's answers for these tests (Python, run by `WebFetcherTests.server`).
    static let hostileRoutes = #"""
    BOMB = None
    def endless(handler, status, kind, chunked=False):
        handler.send_response(status)
        handler.send_header("Content-Type", kind)
        if chunked: handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        block = b"a" * 65536
        try:
            while True: handler.wfile.write(b"10000\r\n" + block + b"\r\n" if chunked else block)
        except OSError: pass
    def hostile(handler):
        global BOMB
        port = handler.server.server_address[1]
        path = handler.path
        if path in ("/huge-length", "/largest-length"):
            handler.send_response(200); handler.send_header("Content-Type", "text/html")
            handler.send_header("Content-Length", str(10**12 if path == "/huge-length" else 2**63 - 1))
            handler.end_headers(); handler.wfile.flush(); time.sleep(20)
        elif path == "/endless-binary": endless(handler, 200, "application/octet-stream")
        elif path == "/endless-404": endless(handler, 404, "text/html")
        elif path == "/endless-chunked": endless(handler, 200, "text/html", chunked=True)
        elif path == "/gzip-bomb":
            if BOMB is None:
                packer = zlib.compressobj(1, zlib.DEFLATED, 31)
                block = b"a" * (1 << 20)
                BOMB = b"".join([packer.compress(b"<p>")] + [packer.compress(block) for _ in range(512)] + [packer.flush()])
            handler.send_response(200); handler.send_header("Content-Type", "text/html"); handler.send_header("Content-Encoding", "gzip")
            handler.end_headers()  # no length: the body ends when the connection closes
            try: handler.wfile.write(BOMB)
            except OSError: pass
        elif path == "/tolocal":
            handler.send_response(302); handler.send_header("Location", "http://127.0.0.2:%d/page" % port)
            handler.send_header("Content-Length", "0"); handler.end_headers()
        elif path == "/auth":
            if handler.headers.get("Authorization") == "Basic " + base64.b64encode(b"reporter:s3cret").decode():
                handler.send(200, "text/html", PAGE)
            else: handler.send(401, "text/html", b"<p>Who are you?</p>")
        elif path == "/latin-but-utf8": handler.send(200, "text/plain; charset=iso-8859-1", "“Quoted,” she said in the café.\n".encode())
        elif path == "/utf16le": handler.send(200, "text/plain; charset=utf-16le", "“Quoted,” she said.\n".encode("utf-16-le"))
        elif path == "/utf16": handler.send(200, "text/plain; charset=utf-16", "“Quoted,” she said.\n".encode("utf-16-be"))
        elif path == "/utf16-little": handler.send(200, "text/plain; charset=utf-16", "“Quoted,” she said.\n".encode("utf-16-le"))
        elif path == "/program":
            body = b"\x7fELF\x02\x01\x01" + bytes(64)
            handler.send_response(200); handler.send_header("Content-Length", str(len(body))); handler.end_headers(); handler.wfile.write(body)
        elif path == "/silent": time.sleep(20)
        else: return False
        return True
    """#

    /// A loader that may reach the test server.
    func localLoader(maximumBytes: Int = LoadLimits.pageBytes) -> ArticleLoader {
        var loader = ArticleLoader()
        loader.web.allowsLocalAddresses = true
        loader.web.maximumBytes = maximumBytes
        return loader
    }

    /// The reason `address` is not loaded, and how many seconds it took to say so.
    func refusal(of address: String, with loader: ArticleLoader) -> (reason: String, seconds: Double) {
        var loader = loader
        let start = Date()
        do {
            _ = try loader.source(for: address)
            return ("loaded", Date().timeIntervalSince(start))
        } catch {
            return ((error as? LoadError)?.reason ?? "\(error)", Date().timeIntervalSince(start))
        }
    }

    @Test func decidesOnTheResponseHeadersAtOnce() throws {
        try withServer { base in
            for (path, reason) in [("/huge-length", "is 953675 MB; pages over 32 MB are not loaded"),
                                   // Int.max: the size in megabytes was rounded up by an addition that overflowed.
                                   ("/largest-length", "is 8796093022208 MB; pages over 32 MB are not loaded"),
                                   ("/endless-binary", "is application/octet-stream, not a web page or text"),
                                   ("/endless-404", "answered HTTP 404")] {
                let (said, seconds) = refusal(of: base + path, with: localLoader())
                #expect(said.hasPrefix(reason), "\(path): \(said)")
                #expect(seconds < 5, "\(path) took \(seconds) s")
            }
        }
    }

    @Test func stopsAtTheByteLimitCountingUnpackedBytes() throws {
        try withServer { base in
            for path in ["/endless-chunked", "/gzip-bomb"] {
                let before = peakMemory()
                let (said, seconds) = refusal(of: base + path, with: localLoader(maximumBytes: 1_048_576))
                #expect(said == "is more than 1 MB; pages over 1 MB are not loaded", "\(path): \(said)")
                #expect(seconds < 10, "\(path) took \(seconds) s")
                #expect(peakMemory() - before < 200_000_000, "\(path) grew the peak memory by \(peakMemory() - before) bytes")
            }
        }
    }

    /// The process's peak resident memory in bytes.
    private func peakMemory() -> Int {
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss * 1024
    }

    @Test func refusesLocalAddressesUnlessAllowed() throws {
        try withServer { base in
            let (said, _) = refusal(of: base + "/page", with: ArticleLoader())
            #expect(said == "is on this computer or a private network (127.0.0.1); load --allow-local reads such addresses")
            // Refused before connecting: a closed port is not even tried.
            let (closed, _) = refusal(of: "http://127.0.0.1:9/", with: ArticleLoader())
            #expect(closed == said)
            // 127.0.0.1 plays a public site that redirects to 127.0.0.2, a local address.
            for allowed in [false, true] {
                var loader = ArticleLoader()
                loader.web.allowsLocalAddresses = allowed
                loader.web.policy.isLocal = { $0.description == "127.0.0.2" }
                let port = base.split(separator: ":").last ?? ""
                let (redirected, _) = refusal(of: base + "/tolocal", with: loader)
                #expect(redirected == "redirects to http://127.0.0.2:\(port)/page, which is on this computer or a private network "
                        + "(127.0.0.2); such redirects are not followed")
            }
        }
    }

    @Test func classifiesLocalAddresses() {
        for local in ["127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "100.64.0.1", "169.254.169.254",
                      "0.0.0.0", "::1", "::", "fc00::1", "fd12::1", "fe80::1", "::ffff:192.168.0.1"] {
            #expect(NetworkAddress(local)?.isLocal == true, "\(local)")
        }
        for outside in ["8.8.8.8", "172.32.0.1", "100.128.0.1", "192.169.0.1", "2001:db8::1", "2a00:1450::1", "::ffff:8.8.8.8"] {
            #expect(NetworkAddress(outside)?.isLocal == false, "\(outside)")
        }
    }

    @Test func keepsNoPasswordsButSendsThem() throws {
        try withServer { base in
            var loader = localLoader()
            let address = base.replacingOccurrences(of: "http://", with: "http://reporter:s3cret@") + "/auth"
            let page = try loader.source(for: address)
            #expect(page.title == "Ferry")
            #expect(page.file == base + "/auth" && page.url == base + "/auth")
            let wrong = address.replacingOccurrences(of: "s3cret", with: "guess")
            let error = #expect(throws: LoadError.self) { try loader.source(for: wrong) }
            #expect(error?.file == base + "/auth" && error?.reason.hasPrefix("answered HTTP 401") == true)
        }
    }

    @Test func showsNoPasswordEvenOfAMalformedAddress() {
        var loader = localLoader()
        for address in ["http://u:pw123@[::1:18081/x", "https://u:pw123@exa mple.org/a", "http://u:pw123@/"] {
            let error = #expect(throws: LoadError.self) { try loader.source(for: address) }
            #expect(error.map { !$0.file.contains("pw123") && !($0.errorDescription ?? "").contains("pw123") } == true, "\(address)")
        }
        #expect(WebFetcher.withoutCredentials("http://u:p@w@host:8080/x?to=a@b") == "http://host:8080/x?to=a@b")
        #expect(WebFetcher.withoutCredentials("https://medium.com/@writer/story") == "https://medium.com/@writer/story")
    }

    @Test func readsTextInItsRealEncodingAndRefusesBinaries() throws {
        try withServer { base in
            var loader = localLoader()
            let mislabelled = try loader.source(for: base + "/latin-but-utf8")
            #expect(mislabelled.text == "“Quoted,” she said in the café.\n")
            for path in ["/utf16le", "/utf16", "/utf16-little"] {
                let text = try loader.source(for: base + path).text
                #expect(text == "“Quoted,” she said.\n", "\(path)")
            }
            #expect(refusal(of: base + "/program", with: loader).reason == "is an ELF program, not a web page or text")
            let port = base.split(separator: ":").last ?? ""
            let overIPv6 = try loader.source(for: "http://[::1]:\(port)/page")
            #expect(overIPv6.title == "Ferry")
        }
    }

    @Test func stopsWhenInterrupted() throws {
        try withServer { base in
            var loader = localLoader()
            let start = Date()
            loader.web.isInterrupted = { Date().timeIntervalSince(start) > 0.3 }
            let (said, seconds) = refusal(of: base + "/silent", with: loader)
            #expect(said == "was not loaded: interrupted")
            #expect(seconds < 1.5, "took \(seconds) s")
        }
    }
}
