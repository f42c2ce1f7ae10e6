import CWebTransfer
import Foundation

/// One download through libcurl, decided as it goes: the response headers are judged as soon as
/// they are complete (status, media type, length) and a refused response is dropped before its
/// body is read; the body — decompressed, when it is sent gzipped — is kept only up to the
/// limit and the transfer stops the moment it would pass it; every connection, redirects
/// included, is checked against the local address policy before it is opened; and the
/// caller is asked ten times a second whether to stop (Ctrl-C).
final class WebTransfer {
    /// The body kept, at most the limit.
    private(set) var bytes: [UInt8] = []
    /// Why the download failed, if it did.
    private(set) var failure: String?
    /// The status of the last response.
    private var status = 0
    /// The last response's headers, by lowercased name.
    private(set) var headers: [String: String] = [:]
    private let limit: Int
    private let policy: LocalAddressPolicy
    private var handle: UnsafeMutableRawPointer?
    private var isUTF16 = false
    /// The address the last response came from.
    private var answeringAddress: NetworkAddress?

    init(limit: Int, policy: LocalAddressPolicy) {
        self.limit = limit
        self.policy = policy
    }

    /// Downloads `address` within `timeout` seconds, asking `reasonToStop` ten times a second
    /// whether to give up; returns the address after redirects.
    func run(_ address: String, timeout: Double, userAgent: String, reasonToStop: () -> String?) -> String? {
        var missing: UnsafePointer<CChar>?
        guard verbatim_curl_load(&missing) == 1 else {
            failure = "could not be downloaded: " + (missing.map { String(cString: $0) } ?? "libcurl did not load")
            return nil
        }
        _ = Self.globalSetup
        guard let easy = verbatim_curl_easy_init() else {
            failure = "could not be downloaded (libcurl did not start)"
            return nil
        }
        handle = easy
        defer {
            verbatim_curl_easy_cleanup(easy)
            handle = nil
        }
        guard let multi = verbatim_curl_multi_init() else {
            failure = "could not be downloaded (libcurl did not start)"
            return nil
        }
        defer {
            verbatim_curl_multi_remove_handle(multi, easy)
            verbatim_curl_multi_cleanup(multi)
        }
        configure(easy, address: address, timeout: timeout, userAgent: userAgent)
        verbatim_curl_multi_add_handle(multi, easy)
        var running: Int32 = 1
        while running > 0 {
            verbatim_curl_multi_perform(multi, &running)
            guard running > 0 else { break }
            if let reason = reasonToStop() {
                failure = failure ?? reason
                return nil
            }
            verbatim_curl_multi_poll(multi, nil, 0, 100, nil)
        }
        var left: Int32 = 0
        while let message = verbatim_curl_multi_info_read(multi, &left) {
            if message.pointee.msg == CURLMSG_DONE, message.pointee.data.result != CURLE_OK, failure == nil {
                failure = Self.reason(for: message.pointee.data.result, timeout: timeout)
            }
        }
        return currentURL()
    }

    private func configure(_ easy: UnsafeMutableRawPointer, address: String, timeout: Double, userAgent: String) {
        let context = UnsafeRawPointer(Unmanaged.passUnretained(self).toOpaque())
        let strings = [(CURLOPT_URL, address), (CURLOPT_PROTOCOLS_STR, "http,https"), (CURLOPT_REDIR_PROTOCOLS_STR, "http,https"),
                       (CURLOPT_ACCEPT_ENCODING, ""), (CURLOPT_USERAGENT, userAgent)]
        for (option, value) in strings { _ = value.withCString { verbatim_curl_set_pointer(easy, option, $0) } }
        let numbers = [(CURLOPT_FOLLOWLOCATION, 1), (CURLOPT_MAXREDIRS, 10), (CURLOPT_NOSIGNAL, 1),
                       (CURLOPT_TIMEOUT_MS, Int((timeout.isNaN ? 30 : min(max(timeout, 0.001), 86_400)) * 1000))]
        for (option, value) in numbers { _ = verbatim_curl_set_long(easy, option, value) }
        _ = verbatim_curl_set_data_function(easy, CURLOPT_WRITEFUNCTION, Self.receiveBody)
        _ = verbatim_curl_set_data_function(easy, CURLOPT_HEADERFUNCTION, Self.receiveHeader)
        _ = verbatim_curl_set_opensocket_function(easy, Self.openSocket)
        for option in [CURLOPT_WRITEDATA, CURLOPT_HEADERDATA, CURLOPT_OPENSOCKETDATA] { _ = verbatim_curl_set_pointer(easy, option, context) }
    }

    /// The address being downloaded, after the redirects so far.
    private func currentURL() -> String? { information(CURLINFO_EFFECTIVE_URL) }

    /// A piece of information libcurl gives as a string.
    private func information(_ info: CURLINFO) -> String? {
        var text: UnsafePointer<CChar>?
        guard let handle, verbatim_curl_get_string(handle, info, &text) == CURLE_OK, let text else { return nil }
        return String(cString: text)
    }

    // MARK: Callbacks

    private static let receiveBody: verbatim_curl_data_fn = { bytes, size, count, context in
        guard let context else { return 0 }
        let transfer = Unmanaged<WebTransfer>.fromOpaque(context).takeUnretainedValue()
        let buffer = UnsafeRawBufferPointer(start: bytes, count: size * count)
        return transfer.keep(buffer) ? buffer.count : 0
    }

    private static let receiveHeader: verbatim_curl_data_fn = { bytes, size, count, context in
        guard let context else { return 0 }
        let transfer = Unmanaged<WebTransfer>.fromOpaque(context).takeUnretainedValue()
        let buffer = UnsafeRawBufferPointer(start: bytes, count: size * count)
        return transfer.read(headerLine: String(decoding: buffer, as: UTF8.self)) ? buffer.count : 0
    }

    /// Opens the socket of each new connection, once the address it goes to is allowed.
    private static let openSocket: curl_opensocket_callback = { context, _, address in
        guard let context, let address else { return CURL_SOCKET_BAD }
        let transfer = Unmanaged<WebTransfer>.fromOpaque(context).takeUnretainedValue()
        guard transfer.allowsConnection(to: networkAddress(of: address)) else { return CURL_SOCKET_BAD }
        return socket(address.pointee.family, address.pointee.socktype, address.pointee.protocol)
    }

    /// The IP address in libcurl's description of a connection; nil for other families.
    private static func networkAddress(of address: UnsafeMutablePointer<curl_sockaddr>) -> NetworkAddress? {
        guard let offset = MemoryLayout<curl_sockaddr>.offset(of: \.addr) else { return nil }
        let socketAddress = UnsafeRawPointer(address) + offset
        switch address.pointee.family {
        case AF_INET:
            let ip = socketAddress.loadUnaligned(as: sockaddr_in.self).sin_addr
            return NetworkAddress(bytes: withUnsafeBytes(of: ip) { Array($0) })
        case AF_INET6:
            let ip = socketAddress.loadUnaligned(as: sockaddr_in6.self).sin6_addr
            return NetworkAddress(bytes: withUnsafeBytes(of: ip) { Array($0) })
        default:
            return nil
        }
    }

    /// Keeps a piece of the body; false (stop) past the limit or when it is not text.
    private func keep(_ buffer: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count + buffer.count <= limit else {
            failure = "is more than \(LoadLimits.megabytes(limit)); pages over \(LoadLimits.megabytes(limit)) are not loaded"
            return false
        }
        if bytes.isEmpty, buffer.starts(with: [0xFF, 0xFE]) || buffer.starts(with: [0xFE, 0xFF]) { isUTF16 = true }
        if let kind = BinaryContent.kind(of: buffer, atStart: bytes.isEmpty, isUTF16: isUTF16) {
            failure = "is \(kind), not a web page or text"
            return false
        }
        bytes.append(contentsOf: buffer)
        return true
    }

    /// Reads one header line; at the end of a response's headers, decides whether to read it.
    private func read(headerLine: String) -> Bool {
        let line = headerLine.trimmingCharacters(in: .whitespacesAndNewlines)
        if line.hasPrefix("HTTP/") {
            status = line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
            headers = [:]
            answeringAddress = information(CURLINFO_PRIMARY_IP).flatMap(NetworkAddress.init)
        } else if let colon = line.firstIndex(of: ":") {
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        } else if line.isEmpty, let refusal = refusalOfResponse() {
            failure = refusal
            return false
        }
        return true
    }

    /// Why the response whose headers just ended is not read, if it is not (interim and
    /// followed redirect responses are let through).
    private func refusalOfResponse() -> String? {
        if status < 200 || ([301, 302, 303, 307, 308].contains(status) && headers["location"] != nil) { return nil }
        if status >= 400 {
            return "answered HTTP \(status) \(HTTPStatus.phrase(status))"
        }
        let (mediaType, charset) = WebFetcher.contentType(headers["content-type"])
        guard WebFetcher.isReadable(mediaType) else { return "is \(mediaType), not a web page or text" }
        let length = headers["content-length"].flatMap { Int($0) } ?? 0
        if length > limit { return "is \(LoadLimits.megabytes(roundingUp: length)); pages over \(LoadLimits.megabytes(limit)) are not loaded" }
        isUTF16 = WebFetcher.isUTF16(charset)
        bytes.reserveCapacity(max(length, 0))
        return nil
    }

    /// Whether a connection may be opened to `address`, before it is: once a response has come
    /// (from `answeringAddress`), new connections are for the redirects it made.
    private func allowsConnection(to address: NetworkAddress?) -> Bool {
        guard let address else { return true }
        let redirect = answeringAddress == nil ? nil : currentURL().map(WebFetcher.withoutCredentials)
        guard let refusal = policy.refusal(of: address, redirectedTo: redirect, from: answeringAddress) else { return true }
        failure = refusal
        return false
    }

    /// libcurl's global setup, done once.
    private static let globalSetup: Void = { verbatim_curl_global_init(Int(CURL_GLOBAL_DEFAULT)) }()

    /// Why a transfer failed, from libcurl's code.
    private static func reason(for code: CURLcode, timeout: Double) -> String {
        switch code {
        case CURLE_COULDNT_RESOLVE_HOST: "cannot be reached: no such host"
        case CURLE_COULDNT_CONNECT: "cannot be reached: the connection was refused"
        case CURLE_OPERATION_TIMEDOUT: "did not answer within \(WebFetcher.seconds(timeout)) s"
        case CURLE_TOO_MANY_REDIRECTS: "redirects too many times"
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL: "is not a web address that can be downloaded"
        case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CACERT_BADFILE:
            "cannot be reached securely: the TLS connection failed (is the server really speaking https?)"
        case CURLE_GOT_NOTHING: "answered with nothing"
        case CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_PARTIAL_FILE: "cannot be reached: the connection was lost"
        case CURLE_BAD_CONTENT_ENCODING: "sent compressed data that cannot be unpacked"
        case CURLE_WEIRD_SERVER_REPLY: "answered with something that is not HTTP"
        default: "could not be downloaded (" + String(cString: verbatim_curl_easy_strerror(code)).lowercased() + ")"
        }
    }
}
