import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// Adobe at the root of a port of its own, as its real host serves it: a client that
/// builds absolute paths (`/v3/…`, `/ims/token/v3`) reaches every operation there, and the
/// prefixed form on the one port reads the same book.
@Suite struct AdobeRootServingTests {
    @Test func aClientAtTheRootGetsItsTokenPlacesAndReadsWhatThePrefixedFormReads() async throws {
        let server = SandboxServer(options: SandboxOptions(clock: ManualClock(), failureRate: 0, providerPorts: [.adobe: 0]))
        let endpoint = try await server.start()
        defer { Task { await server.stop() } }
        let root = try #require(endpoint.rootBaseURL(.adobe))
        #expect(root == "http://127.0.0.1:\(endpoint.rootPorts[.adobe]!)")
        let requests = RequestCounter()
        let client = AdobeClient(
            transport: HTTPTransport(account: "adobe-root", baseURL: root, timeout: 10, observer: { requests.record($0) }),
            bearer: .clientCredentials(tokenURL: root + "/ims/token/v3", clientID: DemoCredentials.clientID,
                                       clientSecret: DemoCredentials.clientSecret, scope: SandboxEndpoint.adobeScope),
            apiKey: DemoCredentials.apiKey, customerID: AdobeHarness.customerID)
        let cart = LocalCart(id: "root-cart", account: "adobe-root", customerID: AdobeHarness.customerID,
                             customerName: "Northwind Creative Ltd",
                             lines: [CartLine(id: "1", offerID: "65304520CA01A12", name: "Acrobat Pro", quantity: 2)],
                             createdAt: Date())
        let placed = try await client.place(cart: cart)
        #expect(requests.count("POST /ims/token/v3") == 1)
        #expect(requests.count("POST /v3/customers/9876543210/orders?fetch-price=true") == 1, "the PREVIEW, at the root")
        let prefixed = AdobeClient(transport: HTTPTransport(account: "adobe-prefixed", baseURL: endpoint.baseURL(.adobe)),
                                   bearer: .token(DemoCredentials.bearerToken), apiKey: DemoCredentials.apiKey,
                                   customerID: AdobeHarness.customerID)
        #expect(try await prefixed.order(id: placed.id).items.map(\.offerID) == ["65304520CA01A12"])
    }

    @Test func anUnknownPathAtTheRootIsNamedAsTheClientSentIt() async throws {
        let server = SandboxServer(options: SandboxOptions(clock: ManualClock(), providerPorts: [.adobe: 0]))
        let endpoint = try await server.start()
        defer { Task { await server.stop() } }
        let response = try await HTTPTransport(account: "adobe-root", baseURL: try #require(endpoint.rootBaseURL(.adobe)))
            .send(APIRequest(.get, "/v3/nothing", headers: [("Authorization", "Bearer \(DemoCredentials.bearerToken)"),
                                                              ("X-Api-Key", DemoCredentials.apiKey),
                                                              ("X-Correlation-Id", UUID().uuidString),
                                                              ("X-Request-Id", UUID().uuidString),
                                                              ("Accept", "application/json")]))
        #expect(response.status == 404)
        #expect(response.object["message"] as? String == "No such resource: GET /v3/nothing")
    }
}
