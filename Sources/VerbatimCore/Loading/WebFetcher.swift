import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Downloads a page for `load https://…`: redirects followed, a time limit for the whole
/// download, a size limit checked as the bytes arrive, and errors that say what went wrong
/// (no such host, connection refused, an HTTP error status, a response that is neither a web
/// page nor text).
public struct WebFetcher: Sendable {
    /// What came back.
    public struct Response: Sendable {
        public var bytes: [UInt8]
        /// The address after redirects.
        public var url: String
        /// The media type ("text/html") and charset from the Content-Type header.
        public var mediaType: String
        public var charset: String?
    }

    /// Seconds the whole download may take.
    public var timeout: Double = 30
    /// Bytes a response may have.
    public var maximumBytes = 50_000_000

    public init() {}

    /// Whether `path` is a web address this fetcher reads.
    public static func isWebAddress(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }

    /// Downloads `address`; errors name it.
    public func fetch(_ address: String) throws -> Response {
        guard let url = URL(string: address), url.host != nil else { throw LoadError(file: address, reason: "is not a web address") }
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.setValue("Verbatim (quote checker)", forHTTPHeaderField: "User-Agent")
        let download = Download(limit: maximumBytes)
        let session = URLSession(configuration: .ephemeral, delegate: download, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        session.dataTask(with: request).resume()
        guard download.done.wait(timeout: .now() + timeout) == .success else {
            throw LoadError(file: address, reason: "did not answer within \(Self.seconds(timeout)) s")
        }
        let result = download.result()
        if let failure = result.failure { throw LoadError(file: address, reason: failure) }
        guard let response = result.response else { throw LoadError(file: address, reason: "sent no response") }
        let (mediaType, charset) = Self.contentType(response)
        return Response(bytes: result.bytes, url: response.url?.absoluteString ?? address, mediaType: mediaType, charset: charset)
    }

    /// The media type and charset of a response's Content-Type header.
    static func contentType(_ response: HTTPURLResponse) -> (mediaType: String, charset: String?) {
        let header = response.value(forHTTPHeaderField: "Content-Type") ?? "text/html"
        let parts = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        let charset = parts.dropFirst().first { $0.lowercased().hasPrefix("charset=") }
            .map { String($0.dropFirst(8)).trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }
        return (parts.first?.lowercased() ?? "text/html", charset)
    }

    /// Media types `load` reads.
    static func isReadable(_ mediaType: String) -> Bool {
        mediaType.hasPrefix("text/") || mediaType == "application/xhtml+xml"
    }

    /// Seconds for messages: "30", "0.5".
    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

/// One download's state, filled in by URLSession's delegate calls.
private final class Download: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let done = DispatchSemaphore(value: 0)
    private let limit: Int
    private let lock = NSLock()
    private var bytes: [UInt8] = []
    private var response: HTTPURLResponse?
    private var failure: String?

    init(limit: Int) { self.limit = limit }

    func result() -> (bytes: [UInt8], response: HTTPURLResponse?, failure: String?) {
        lock.lock()
        defer { lock.unlock() }
        return (bytes, response, failure)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        let refusal = refusal(of: response)
        lock.lock()
        self.response = response as? HTTPURLResponse
        failure = refusal
        lock.unlock()
        // Never call back into URLSession while holding the lock: cancelling completes the task at once.
        completionHandler(refusal == nil ? .allow : .cancel)
    }

    /// Why a response is not read, if it is not.
    private func refusal(of response: URLResponse) -> String? {
        guard let http = response as? HTTPURLResponse else { return "did not answer over HTTP" }
        if http.statusCode >= 400 {
            return "answered HTTP \(http.statusCode) \(HTTPURLResponse.localizedString(forStatusCode: http.statusCode))"
        }
        let mediaType = WebFetcher.contentType(http).mediaType
        guard WebFetcher.isReadable(mediaType) else { return "is \(mediaType), not a web page or text" }
        if http.expectedContentLength > Int64(limit) {
            return "is \(http.expectedContentLength / 1_000_000) MB; pages over \(limit / 1_000_000) MB are not loaded"
        }
        return nil
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        bytes += data
        let tooBig = bytes.count > limit
        if tooBig { failure = "is more than \(limit / 1_000_000) MB; pages over \(limit / 1_000_000) MB are not loaded" }
        lock.unlock()
        if tooBig { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.lock()
        if failure == nil, let error {
            failure = FoundationErrorText.describe(error)
        }
        lock.unlock()
        done.signal()
    }
}
