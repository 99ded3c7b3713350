import Foundation

/// The proxy variables as curl, gh, kubectl and k9s read them: `HTTPS_PROXY` for https
/// URLs, `HTTP_PROXY` for http ones (lower case first, as curl prefers), and `NO_PROXY`, a
/// comma-separated list of hosts (a name matches itself and every name below it; a leading
/// dot is the same; `host:port` only that port; `*` everything). Loopback addresses are
/// never proxied through these variables, as Go and kubectl do: the sandbox is local.
public struct ProxyEnvironment: Sendable {
    /// The variable's name and its value, for https and for http URLs.
    public var httpsProxy: (name: String, value: String)?
    public var httpProxy: (name: String, value: String)?
    public var noProxy: [String]

    public init(_ environment: [String: String] = ProcessInfo.processInfo.environment) {
        func first(_ names: String...) -> (name: String, value: String)? {
            names.lazy.compactMap { name in environment[name].map { (name, $0) } }
                .first { !$0.1.trimmingCharacters(in: .whitespaces).isEmpty }
        }
        httpsProxy = first("https_proxy", "HTTPS_PROXY")
        httpProxy = first("http_proxy", "HTTP_PROXY")
        noProxy = (first("no_proxy", "NO_PROXY")?.value ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
    }

    /// The variable naming the proxy for `url` and its value, or nil to connect directly.
    public func proxy(for url: URL) -> (variable: String, value: String)? {
        guard let host = url.host?.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]")) else { return nil }
        let scheme = url.scheme?.lowercased()
        let port = url.port ?? (scheme == "https" ? 443 : 80)
        guard let proxy = scheme == "https" ? httpsProxy : httpProxy else { return nil }
        if Self.isLoopback(host) || excludes(host: host, port: port) { return nil }
        return (proxy.name, proxy.value)
    }

    private func excludes(host: String, port: Int) -> Bool {
        noProxy.contains { entry in
            if entry == "*" { return true }
            var name = entry
            if let colon = entry.lastIndex(of: ":"), !entry.hasPrefix("["), entry.filter({ $0 == ":" }).count == 1 {
                guard Int(entry[entry.index(after: colon)...]) == port else { return false }
                name = String(entry[..<colon])
            }
            name = name.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
            if name.hasPrefix(".") { name.removeFirst() }
            if name.hasPrefix("*.") { name.removeFirst(2) }
            return host == name || host.hasSuffix("." + name)
        }
    }

    /// 127.0.0.0/8, ::1 and localhost: never sent to a proxy named by the environment.
    static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" || host.hasSuffix(".localhost") || host == "::1" { return true }
        let parts = host.split(separator: ".")
        return parts.count == 4 && parts.first == "127" && parts.allSatisfy { UInt8($0) != nil }
    }
}
