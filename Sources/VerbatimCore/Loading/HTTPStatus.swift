/// The reason phrases of HTTP error statuses (RFC 9110, section 15, and RFC 6585), in lower
/// case as an error message shows them. Kept here rather than taken from FoundationNetworking,
/// whose link brings libcurl and its libraries into every start of the program.
enum HTTPStatus {
    /// The phrase of `status`, or of its class ("client error", "server error") when it has none.
    static func phrase(_ status: Int) -> String {
        phrases[status] ?? (status < 500 ? "client error" : "server error")
    }

    private static let phrases: [Int: String] = [
        400: "bad request", 401: "unauthorized", 402: "payment required", 403: "forbidden", 404: "not found",
        405: "method not allowed", 406: "not acceptable", 407: "proxy authentication required", 408: "request timeout",
        409: "conflict", 410: "gone", 411: "length required", 412: "precondition failed", 413: "content too large",
        414: "URI too long", 415: "unsupported media type", 416: "range not satisfiable", 417: "expectation failed",
        421: "misdirected request", 422: "unprocessable content", 426: "upgrade required", 428: "precondition required",
        429: "too many requests", 431: "request header fields too large", 451: "unavailable for legal reasons",
        500: "internal server error", 501: "not implemented", 502: "bad gateway", 503: "service unavailable",
        504: "gateway timeout", 505: "HTTP version not supported", 511: "network authentication required",
    ]
}
