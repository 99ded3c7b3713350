import Foundation
import OrderKit
import Providers
import Sandbox

/// A sandbox serving https with a certificate from its own throwaway CA, whose certificate
/// is written to a file for `ca_file`; and a read client per provider for it, over a route
/// the test chooses (trusting that file, or not, through a proxy or not).
struct TLSSandbox {
    let server: SandboxServer
    let endpoint: SandboxEndpoint
    /// The CA's certificate, PEM, as `ordercon sandbox --tls` writes it.
    let caFile: String

    /// `names` the certificate is for; `validFor` below 0 serves an expired one.
    static func start(names: [String] = ["localhost", "127.0.0.1"], validFor: TimeInterval = 86400) async throws -> TLSSandbox {
        let authority = try SandboxCertificateAuthority()
        let server = SandboxServer(options: SandboxOptions(clock: ManualClock(), failureRate: 0,
                                                           tls: try authority.issue(for: names, validFor: validFor),
                                                           undocumentedLists: true))
        let caFile = FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-ca-\(UUID()).pem").path
        try authority.certificatePEM.write(toFile: caFile, atomically: true, encoding: .utf8)
        return TLSSandbox(server: server, endpoint: try await server.start(), caFile: caFile)
    }

    /// The route that trusts this sandbox's CA through `ca_file`, and nothing else besides the system's.
    var trusting: NetworkRoute { NetworkRoute(extraCertificateAuthorities: [caFile]) }

    /// A client for `provider`'s demo account, as the sandbox advertises it.
    func client(_ provider: ProviderKind, route: NetworkRoute,
                observer: (@Sendable (RequestRecord) -> Void)? = nil) -> any OrderProvider {
        let token = DemoCredentials.bearerToken
        let transport = HTTPTransport(account: "\(provider.rawValue)-tls", baseURL: endpoint.baseURL(provider), timeout: 10,
                                      retry: RetryPolicy(attempts: 1, base: 0, cap: 0, budget: 0), route: route,
                                      observer: observer)
        let settings = endpoint.accounts.first { $0.provider == provider }?.settings ?? [:]
        switch provider {
        case .whitelabel:
            return WhiteLabelClient(transport: transport, credentials: .password(
                tokenURL: endpoint.baseURL(.whitelabel) + "/oauth/token", clientID: DemoCredentials.clientID,
                clientSecret: DemoCredentials.clientSecret, username: DemoCredentials.username,
                password: DemoCredentials.password))
        case .appxite:
            return AppxiteClient(transport: transport, bearer: .token(token), subscriptionKey: DemoCredentials.subscriptionKey,
                                 organizationID: settings["organization_id"] ?? "", referer: settings["referer"] ?? "")
        case .adobe:
            return AdobeClient(transport: transport, bearer: .token(token), apiKey: DemoCredentials.apiKey,
                               customerID: settings["customer_id"] ?? "")
        case .adility:
            return AdilityClient(transport: transport, apiKey: DemoCredentials.apiKey,
                                 area: AdilityArea(location: .postalCode("94103", countryCode: nil), radius: 3000))
        case .mpt:
            return MPTClient(transport: transport, token: token)
        }
    }

    /// A whole read: the order list, one order, its items and the offers.
    static func readFlow(_ client: any OrderProvider) async throws -> (orders: Int, offers: Int) {
        let orders = try await client.orders(stage: .all)
        guard let first = orders.first else { return (0, 0) }
        _ = try await client.order(id: first.id)
        _ = try await client.items(orderID: first.id)
        return (orders.count, try await client.offers().count)
    }

    func stop() async { await server.stop() }
}
