import Foundation
import NIOSSL
import OrderKit

/// How one account's requests reach its provider: directly or through a proxy, trusting the
/// system's certificate authorities plus the account's own (`ca_file`) and `SSL_CERT_FILE`.
/// There is no way to switch verification off.
public struct NetworkRoute: Sendable, Hashable {
    public var proxy: ProxySetting?
    /// PEM files of certificate authorities trusted besides the system's.
    public var extraCertificateAuthorities: [String]

    public init(proxy: ProxySetting? = nil, extraCertificateAuthorities: [String] = []) {
        self.proxy = proxy
        self.extraCertificateAuthorities = extraCertificateAuthorities
    }

    public static let direct = NetworkRoute()

    /// The system's trust store plus the route's own CAs, verification always on: what
    /// every request and `ordercon doctor`'s handshake use.
    var tlsConfiguration: TLSConfiguration {
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.additionalTrustRoots = extraCertificateAuthorities.map { .file($0) }
        return tls
    }

    /// The route for an account at `baseURL`: its own `proxy` wins over the environment's
    /// (and applies to loopback too); `caFile` and `SSL_CERT_FILE` add trust. A proxy
    /// variable that is no proxy URL is refused, naming the variable.
    public static func forAccount(baseURL: String, proxy: ProxySetting?, caFile: String?,
                                  environment: [String: String] = ProcessInfo.processInfo.environment)
        -> Result<NetworkRoute, OrderError> {
        var route = NetworkRoute(proxy: proxy, extraCertificateAuthorities: [caFile, environment["SSL_CERT_FILE"]]
            .compactMap { $0 }.filter { !$0.isEmpty })
        guard proxy == nil, let url = URL(string: baseURL),
              let (variable, text) = ProxyEnvironment(environment).proxy(for: url) else { return .success(route) }
        switch ProxySetting.parse(text) {
        case .success(let setting):
            route.proxy = setting
            return .success(route)
        case .failure(let problem):
            return .failure(.configuration(detail: "\(variable) \(problem.reason)"))
        }
    }
}
