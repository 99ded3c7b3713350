import Foundation

/// An HTTP proxy to send an account's requests through: https goes through it with CONNECT,
/// http as absolute-form requests. Credentials in its URL are sent as `Proxy-Authorization`
/// and are secrets: `description` never shows them.
public struct ProxySetting: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var username: String?
    public var password: String?

    public init(host: String, port: Int, username: String? = nil, password: String? = nil) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
    }

    /// Reads `http://[user:pass@]host[:port]`, or `host:port` as curl does (port 1080 when
    /// none is given, as curl's default), or says why the text is no proxy URL.
    public static func parse(_ text: String) -> Result<ProxySetting, ProxyURLProblem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let withScheme = trimmed.contains("://") ? trimmed : "http://" + trimmed
        guard let components = URLComponents(string: withScheme), let host = components.host, !host.isEmpty else {
            return .failure(ProxyURLProblem(reason: "is not a proxy URL such as http://proxy.example.com:3128"))
        }
        guard components.scheme?.lowercased() == "http" else {
            return .failure(ProxyURLProblem(reason: "uses \(components.scheme ?? "no scheme"): only http:// proxies are supported (https still goes through them, with CONNECT)"))
        }
        guard components.path.isEmpty || components.path == "/", components.query == nil else {
            return .failure(ProxyURLProblem(reason: "has a path or query: a proxy URL is http://host:port"))
        }
        let port = components.port ?? 1080
        guard (1...65535).contains(port) else { return .failure(ProxyURLProblem(reason: "has no valid port")) }
        return .success(ProxySetting(host: host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")), port: port,
                                     username: components.user?.removingPercentEncoding,
                                     password: components.password?.removingPercentEncoding))
    }

    /// A proxy URL as given, with any credentials cut out (`http://…@host:port`): how a
    /// refused one is named, since its text may hold a password.
    public static func redacted(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let start = trimmed.range(of: "://")?.upperBound ?? trimmed.startIndex
        let end = trimmed[start...].firstIndex(of: "/") ?? trimmed.endIndex
        guard let at = trimmed[start..<end].lastIndex(of: "@") else { return trimmed }
        return String(trimmed[..<start]) + "…" + String(trimmed[at...])
    }

    /// The proxy without its credentials, for screens and logs.
    public var description: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "http://\(username == nil ? "" : "…@")\(shownHost):\(port)"
    }
}
