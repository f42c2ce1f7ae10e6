import Foundation

/// An IP address a download connects to, and whether it is on this computer or a private
/// network: the addresses `load` reaches only when told to (`--allow-local`), so that a page
/// cannot send it to a router's admin page or a cloud metadata service.
struct NetworkAddress: Sendable, CustomStringConvertible {
    /// 4 bytes for IPv4, 16 for IPv6, in network order.
    let bytes: [UInt8]

    /// Loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), shared (100.64/10),
    /// link-local (169.254/16, fe80::/10) and unspecified (0.0.0.0/8, ::) addresses, and IPv4
    /// addresses written as IPv6 (::ffff:10.0.0.1).
    var isLocal: Bool {
        if bytes.count == 16 {
            if bytes.prefix(10).allSatisfy({ $0 == 0 }), bytes[10] == 0xFF, bytes[11] == 0xFF {
                return NetworkAddress(bytes: Array(bytes.suffix(4))).isLocal
            }
            if bytes.prefix(15).allSatisfy({ $0 == 0 }) { return bytes[15] <= 1 }  // :: and ::1
            return bytes[0] & 0xFE == 0xFC || (bytes[0] == 0xFE && bytes[1] & 0xC0 == 0x80)
        }
        guard bytes.count == 4 else { return false }
        let (first, second) = (bytes[0], bytes[1])
        switch first {
        case 0, 10, 127: return true
        case 100: return second & 0xC0 == 64
        case 169: return second == 254
        case 172: return second & 0xF0 == 16
        case 192: return second == 168
        default: return false
        }
    }

    /// "127.0.0.1", "::1".
    var description: String {
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        let family = bytes.count == 4 ? AF_INET : AF_INET6
        guard inet_ntop(family, bytes, &text, socklen_t(text.count)) != nil else { return "?" }
        return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The address written as `text` ("127.0.0.1", "::1"); nil when it is not one.
    init?(_ text: String) {
        var v4 = in_addr()
        var v6 = in6_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            bytes = withUnsafeBytes(of: v4) { Array($0) }
        } else if inet_pton(AF_INET6, text, &v6) == 1 {
            bytes = withUnsafeBytes(of: v6) { Array($0) }
        } else {
            return nil
        }
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }
}
