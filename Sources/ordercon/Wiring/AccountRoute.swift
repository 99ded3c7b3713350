import Config
import OrderKit
import Providers

/// How an account's requests travel, in words for `ordercon accounts` and `ordercon doctor`:
/// the proxy (never its credentials) and where it comes from, and which certificate
/// authorities are trusted besides the system's.
enum AccountRoute {
    static func text(_ account: AccountConfig) -> String {
        switch NetworkRoute.forAccount(baseURL: account.baseURL, proxy: account.proxy, caFile: account.caFile) {
        case .success(let route):
            let source = account.proxy != nil ? "proxy" : "environment"
            let proxy = route.proxy.map { "via \($0) (\(source))" } ?? "direct"
            let trust = route.extraCertificateAuthorities.isEmpty ? "system CAs"
                : "system CAs + " + route.extraCertificateAuthorities.joined(separator: " + ")
            return "\(proxy), \(trust)"
        case .failure(let error):
            return error.message
        }
    }
}
