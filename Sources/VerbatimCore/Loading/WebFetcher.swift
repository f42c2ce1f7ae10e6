import Foundation

/// Downloads a page for `load https://…` with libcurl (see `WebTransfer`): redirects followed
/// (but not from a public host to this computer or a private network), a time limit for the
/// whole download, a size limit checked as the (decompressed) bytes arrive, a decision on the
/// response headers before the body is read, Ctrl-C heeded, and errors that say what went wrong
/// (no such host, connection refused, an HTTP error status, a response that is neither a web
/// page nor text). URLSession is not used: on Linux it cannot stop a response it has begun
/// (it ignores the disposition), lets a gzip bomb unpack into memory faster than its delegate
/// sees it, and refuses IPv6 addresses (http://[::1]/).
public struct WebFetcher: Sendable {
    /// What came back.
    public struct Response: Sendable {
        public var bytes: [UInt8]
        /// The address after redirects, without a user name or password.
        public var url: String
        /// The media type ("text/html") and charset from the Content-Type header.
        public var mediaType: String
        public var charset: String?
    }

    /// Seconds the whole download may take.
    public var timeout: Double = 30
    /// Bytes a response may have, counted after decompression.
    public var maximumBytes = LoadLimits.pageBytes
    /// Whether addresses on this computer or a private network may be loaded (`load
    /// --allow-local`); redirects from a public host to them are refused all the same.
    public var allowsLocalAddresses: Bool {
        get { policy.allowsLocal }
        set { policy.allowsLocal = newValue }
    }
    /// Asked ten times a second while a download runs, on the thread that called `fetch`;
    /// when it answers true the download stops (Ctrl-C).
    nonisolated(unsafe) public var isInterrupted: () -> Bool = { false }
    var policy = LocalAddressPolicy()

    public init() {}

    /// Whether `path` is a web address this fetcher reads.
    public static func isWebAddress(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }

    /// `address` without the user name and password it may carry (`https://user:pass@host/`),
    /// as it is shown and stored; the download itself still sends them. Cut from the text, so
    /// that a malformed address (`http://u:pw@[::1/`) loses them too: everything up to the last
    /// `@` between `://` and the first `/`, `?` or `#`.
    public static func withoutCredentials(_ address: String) -> String {
        let bytes = Array(address.utf8)
        guard let schemeEnd = bytes.indices.first(where: { bytes[$0...].starts(with: [0x3A, 0x2F, 0x2F]) }) else { return address }
        let hostStart = schemeEnd + 3
        let authorityEnd = bytes[hostStart...].firstIndex(where: { $0 == 0x2F || $0 == 0x3F || $0 == 0x23 }) ?? bytes.count
        guard let at = bytes[hostStart..<authorityEnd].lastIndex(of: 0x40) else { return address }
        return String(decoding: bytes[..<hostStart] + bytes[(at + 1)...], as: UTF8.self)
    }

    /// Downloads `address`; errors name it (without its credentials).
    public func fetch(_ address: String) throws -> Response {
        let shown = Self.withoutCredentials(address)
        guard let url = URL(string: address), url.host != nil else { throw LoadError(file: shown, reason: "is not a web address") }
        let transfer = WebTransfer(limit: maximumBytes, policy: policy)
        let finalAddress = transfer.run(url.absoluteString, timeout: timeout, userAgent: "Verbatim (quote checker)") {
            isInterrupted() ? "was not loaded: interrupted" : nil
        }
        if let failure = transfer.failure { throw LoadError(file: shown, reason: failure) }
        let (mediaType, charset) = Self.contentType(transfer.headers["content-type"])
        return Response(bytes: transfer.bytes, url: finalAddress.map(Self.withoutCredentials) ?? shown,
                        mediaType: mediaType, charset: charset)
    }

    /// The media type and charset of a response's Content-Type header.
    static func contentType(_ header: String?) -> (mediaType: String, charset: String?) {
        let header = header ?? "text/html"
        let parts = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        let charset = parts.dropFirst().first { $0.lowercased().hasPrefix("charset=") }
            .map { String($0.dropFirst(8)).trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }
        return (parts.first?.lowercased() ?? "text/html", charset)
    }

    /// Whether a charset names UTF-16 ("utf-16", "UTF-16LE").
    static func isUTF16(_ charset: String?) -> Bool {
        charset?.lowercased().hasPrefix("utf-16") == true
    }

    /// Media types `load` reads.
    static func isReadable(_ mediaType: String) -> Bool {
        mediaType.hasPrefix("text/") || mediaType == "application/xhtml+xml"
    }

    /// Seconds for messages: "30", "0.5".
    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
