import Foundation

/// A link an Appxite answer carries (an order's approve and reject links), turned into a
/// path below the account's base URL, the only place requests with its credentials go.
enum AppxiteLink {
    /// The path below `baseURL` that `link` (absolute, or relative to the host) leads to;
    /// nil when it leads anywhere else.
    static func path(of link: String, under baseURL: String) -> String? {
        guard let base = URL(string: baseURL + "/"),
              let resolved = URL(string: link, relativeTo: base)?.absoluteString,
              resolved.hasPrefix(baseURL + "/") else { return nil }
        return String(resolved.dropFirst(baseURL.count))
    }
}
