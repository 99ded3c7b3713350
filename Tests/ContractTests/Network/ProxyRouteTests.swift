import Foundation
import OrderKit
import Providers
import Sandbox
import Synchronization
import Testing

/// An account's `proxy` carries its https through CONNECT to the TLS sandbox, loopback
/// included (the environment's variables never proxy loopback; the account's setting
/// does), and the proxy's credentials go only into `Proxy-Authorization`.
@Suite struct ProxyRouteTests {
    private static let sandbox = Task { try await TLSSandbox.start() }

    @Test func aFlowThroughTheAccountProxyReachesTheTLSSandbox() async throws {
        let sandbox = try await Self.sandbox.value
        let proxy = try ConnectProxy()
        var route = sandbox.trusting
        route.proxy = ProxySetting(host: "127.0.0.1", port: proxy.port)
        #expect(try await TLSSandbox.readFlow(sandbox.client(.whitelabel, route: route)).orders > 0)
        #expect(proxy.connects.contains("127.0.0.1:\(sandbox.endpoint.port)"), "\(proxy.connects)")
        #expect(proxy.authorizations.isEmpty)
    }

    @Test func proxyCredentialsGoAsProxyAuthorizationAndNowhereElse() async throws {
        let sandbox = try await Self.sandbox.value
        let password = "pw-\(UUID().uuidString)"
        let proxy = try ConnectProxy(credentials: ("carol", password))
        let records = Mutex<[RequestRecord]>([])
        var route = sandbox.trusting
        route.proxy = try ProxySetting.parse("http://carol:\(password)@127.0.0.1:\(proxy.port)").get()
        let client = sandbox.client(.mpt, route: route, observer: { record in records.withLock { $0.append(record) } })
        #expect(try await TLSSandbox.readFlow(client).orders > 0)
        #expect(proxy.authorizations.allSatisfy { $0 == ConnectProxy.basic("carol", password) })
        #expect(!proxy.authorizations.isEmpty)
        #expect(!records.withLock { $0 }.isEmpty)
        #expect(!"\(records.withLock { $0 })".contains(password))
        #expect(!"\(route)".contains(password))

        var refused = route
        refused.proxy?.password = "wrong-\(password)"
        do {
            _ = try await sandbox.client(.mpt, route: refused).orders(stage: .all)
            Issue.record("a proxy that wants other credentials let the read through")
        } catch let error as OrderError {
            #expect(error.message.contains("the proxy http://…@127.0.0.1:\(proxy.port) wants credentials (HTTP 407)"), "\(error.message)")
            #expect(!error.message.contains(password))
        }
    }
}
