/// Which addresses `load` may download from: addresses on this computer or a private network
/// only when the user named one and allowed it (`load --allow-local`), and never through a
/// redirect from a public host — so that a page cannot send it to a router's admin page or a
/// cloud metadata service. It judges the address each connection is about to be opened to,
/// after the host name was looked up, so a name that resolves to a local address is caught too.
struct LocalAddressPolicy: Sendable {
    /// Whether the user allowed local addresses.
    var allowsLocal = false
    /// Which addresses count as local (tests play a public host on 127.0.0.1 by changing it).
    var isLocal: @Sendable (NetworkAddress) -> Bool = { $0.isLocal }

    /// Why a request to `address` is not sent, if it is not. `redirect` is the address a
    /// redirect leads to (nil for the one the user named) and `previous` the address the
    /// redirecting response came from.
    func refusal(of address: NetworkAddress, redirectedTo redirect: String?, from previous: NetworkAddress?) -> String? {
        guard isLocal(address) else { return nil }
        guard let redirect else {
            return allowsLocal ? nil : "is on this computer or a private network (\(address)); load --allow-local reads such addresses"
        }
        if allowsLocal, let previous, isLocal(previous) { return nil }
        return "redirects to \(redirect), which is on this computer or a private network (\(address)); such redirects are not followed"
    }
}
