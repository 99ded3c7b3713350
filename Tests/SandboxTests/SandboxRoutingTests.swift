import Foundation
import Hummingbird
import HummingbirdTesting
import OrderKit
import Providers
import Sandbox
import Testing

/// The sandbox as a router, without a socket: prefixes, seeded data, clocks.
@Suite struct SandboxRoutingTests {
    private let bearer: HTTPFields = [.authorization: "Bearer sandbox-token"]

    @Test func whitelabelLivesUnderItsPrefixOnly() async throws {
        let app = Application(router: SandboxServer(options: SandboxOptions(clock: ManualClock())).makeRouter())
        try await app.test(.router) { client in
            try await client.execute(uri: "/whitelabel/api/orders", method: .get, headers: bearer) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/api/orders", method: .get, headers: bearer) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func seededBookHasOrdersInEveryWhitelabelStatus() async throws {
        let app = Application(router: SandboxServer(options: SandboxOptions(clock: ManualClock())).makeRouter())
        try await app.test(.router) { client in
            try await client.execute(uri: "/whitelabel/api/orders?stage=All", method: .get, headers: bearer) { response in
                let orders = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as! [[String: Any]]
                let statuses = Set(orders.map { $0["Status"] as! String })
                #expect(statuses == ["Draft", "Reseller Pending Approval", "Submitted", "Executed", "Failed",
                                     "Cancelled by Reseller"])
                #expect(orders.count >= 10)
                let drafts = orders.filter { $0["Status"] as? String == "Draft" }
                #expect(drafts.allSatisfy { $0["ExpirationDate"] is String })
            }
            try await client.execute(uri: "/whitelabel/api/accounts", method: .get, headers: bearer) { response in
                let accounts = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as! [[String: Any]]
                #expect(accounts.count >= 3)
            }
        }
    }

    @Test func scaledClockRunsFasterThanRealTime() async throws {
        let origin = Date()
        let clock = ScaledClock(speed: 3600, origin: origin)
        try await Task.sleep(for: .milliseconds(100))
        #expect(clock.now().timeIntervalSince(origin) >= 300)
        let manual = ManualClock(origin)
        manual.advance(by: 60)
        #expect(manual.now() == origin.addingTimeInterval(60))
    }

    @Test func endpointNamesEveryProviderPrefix() {
        let endpoint = SandboxEndpoint(host: "127.0.0.1", port: 9)
        #expect(endpoint.baseURL(.whitelabel) == "http://127.0.0.1:9/whitelabel")
        #expect(endpoint.baseURL(.mpt) == "http://127.0.0.1:9/mpt/public/v1")
        #expect(endpoint.baseURL(.adobe) == "http://127.0.0.1:9/adobe")
        #expect(endpoint.accounts.map(\.name)
                == ["wl-demo", "wl-free", "adility-demo", "adility-xml", "adobe-demo", "mpt-demo", "appxite-demo", "appxite-portal"])
        #expect(endpoint.accounts.allSatisfy { $0.secrets.values.allSatisfy { !$0.isEmpty } })
    }

    /// Beside the one-port prefixed form, each provider asked for is served at the root of a
    /// port of its own as its real host serves it (MPT under `/public/v1`), from the same
    /// books: the prefixed form still answers, and a provider's root port serves no other.
    @Test func providersAreAlsoServedAtTheRootOfTheirOwnPorts() async throws {
        let server = SandboxServer(options: SandboxOptions(clock: ManualClock(), providerPorts: [.whitelabel: 0, .mpt: 0]))
        let endpoint = try await server.start()
        defer { Task { await server.stop() } }
        let roots = try [ProviderKind.whitelabel, .mpt].map { try #require(endpoint.rootBaseURL($0)) }
        #expect(Set(endpoint.rootPorts.values).count == 2 && !endpoint.rootPorts.values.contains(endpoint.port))
        #expect(roots[0] == "http://127.0.0.1:\(endpoint.rootPorts[.whitelabel]!)")
        #expect(roots[1] == "http://127.0.0.1:\(endpoint.rootPorts[.mpt]!)/public/v1")
        #expect(endpoint.rootBaseURL(.adobe) == nil)
        let get = { (base: String, path: String) async throws -> APIResponse in
            try await HTTPTransport(account: "root", baseURL: base)
                .send(APIRequest(.get, path, headers: [("Authorization", "Bearer sandbox-token")]))
        }
        let prefixed = try await get(endpoint.baseURL(.whitelabel), "/api/orders")
        let atRoot = try await get(roots[0], "/api/orders")
        #expect(prefixed.status == 200 && atRoot.status == 200 && prefixed.body == atRoot.body)
        #expect(try await get(roots[1], "/catalog/authorizations").status == 200)
        #expect(try await get(endpoint.baseURL(.mpt), "/catalog/authorizations").status == 200)
        #expect(try await get(roots[0], "/public/v1/catalog/authorizations").status == 404, "a root port serves one provider")
    }
}
