import Foundation

/// An outlet given as a web address named by its site: `https://www.reuters.com/world` is
/// `reuters.com`; a name is kept as it is.
public enum OutletName {
    /// `text` as an outlet's name.
    public static func normalized(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let lowered = trimmed.lowercased()
        let address = lowered.hasPrefix("http://") || lowered.hasPrefix("https://") ? trimmed
            : lowered.hasPrefix("www.") && !trimmed.contains(" ") ? "https://" + trimmed : nil
        guard let address, let host = URLComponents(string: address)?.host?.lowercased(), host.contains(".") else { return trimmed }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
