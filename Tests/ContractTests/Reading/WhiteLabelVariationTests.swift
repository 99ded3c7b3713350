import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// The white-label client against a sandbox whose answers vary as real ones do (keys in
/// any casing, numbers as text, null optional fields, one unreadable order per list page):
/// every order the plain sandbox lists is still read, but the spoiled one, which is named.
@Suite struct WhiteLabelVariationTests {
    private func client(_ variations: SandboxVariations) async throws -> (WhiteLabelClient, SandboxServer) {
        let server = SandboxServer(options: SandboxOptions(clock: ManualClock(), failureRate: 0, variations: variations))
        let endpoint = try await server.start()
        let base = endpoint.baseURL(.whitelabel)
        let client = WhiteLabelClient(
            transport: HTTPTransport(account: "wl-var", baseURL: base, timeout: 10),
            credentials: .password(tokenURL: base + "/oauth/token", clientID: DemoCredentials.clientID,
                                   clientSecret: DemoCredentials.clientSecret, username: DemoCredentials.username,
                                   password: DemoCredentials.password))
        return (client, server)
    }

    @Test(arguments: [UInt64(1), 7, 20261203])
    func variedAnswersHideNothingButTheSpoiledOrder(seed: UInt64) async throws {
        let (plain, plainServer) = try await client(.off)
        let expected = try await plain.orderList(stage: .all)
        await plainServer.stop()
        let (varied, variedServer) = try await client(SandboxVariations(enabled: true, seed: seed))
        let list = try await varied.orderList(stage: .all)
        let single = try await varied.order(id: expected.orders[0].id)
        await variedServer.stop()

        #expect(expected.unreadable.isEmpty)
        #expect(list.unreadable.count == 1)
        let spoiled = try #require(list.unreadable.first)
        #expect(spoiled.reason.contains("expected an id, got a list"))
        #expect(list.orders.count == expected.orders.count - 1)
        let byID = Dictionary(uniqueKeysWithValues: expected.orders.map { ($0.id, $0) })
        for order in list.orders {
            let before = try #require(byID[order.id])
            #expect(order.status == before.status || order.degraded["Status"] != nil || order.status.isEmpty)
            #expect(order.total == before.total || order.total == nil)
            #expect(order.createdAt == before.createdAt || order.createdAt == nil)
        }
        #expect(single.id == expected.orders[0].id)
    }

    @Test func aRunningSandboxVariesFromWhenItIsToldTo() async throws {
        let (client, server) = try await client(.off)
        #expect(try await client.orderList(stage: .all).unreadable.isEmpty)
        server.variations.set(try SandboxVariations(parsing: "seed=5"))
        #expect(try await client.orderList(stage: .all).unreadable.count == 1)
        server.variations.set(.off)
        #expect(try await client.orderList(stage: .all).unreadable.isEmpty)
        await server.stop()
    }

    @Test func theSettingIsParsedOrRefusedInOneLine() throws {
        #expect(try SandboxVariations(parsing: "seed=9") == SandboxVariations(enabled: true, seed: 9))
        #expect(try SandboxVariations(parsing: "on").enabled)
        #expect(try SandboxVariations(parsing: "off") == .off)
        #expect(throws: SandboxVariationsSyntaxError.self) { try SandboxVariations(parsing: "sometimes") }
    }
}
