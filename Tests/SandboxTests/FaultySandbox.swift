import Foundation
import OrderKit
import Providers
import Sandbox

/// A live sandbox with faults, and an Adility client for it (one POST places an order, and
/// `order_number` finds it again), to tell a fault before the book from one after it.
struct FaultySandbox {
    let server: SandboxServer
    let endpoint: SandboxEndpoint

    static func start(_ faults: String) async throws -> FaultySandbox {
        let server = SandboxServer(options: SandboxOptions(clock: ManualClock(), faults: try SandboxFaults(parsing: faults),
                                                           undocumentedLists: true))
        return FaultySandbox(server: server, endpoint: try await server.start())
    }

    /// A client that never retries, with a short timeout so that hangs are quick to notice.
    func client(timeout: TimeInterval = 2) -> AdilityClient {
        AdilityClient(transport: HTTPTransport(account: "adility-faults", baseURL: endpoint.baseURL(.adility),
                                               timeout: timeout, retry: .never),
                      apiKey: DemoCredentials.apiKey,
                      area: AdilityArea(location: .postalCode("94103", countryCode: nil), radius: 3000))
    }

    /// A one-voucher cart whose id is the `order_number`.
    func cart() -> LocalCart {
        LocalCart(id: LocalCart.newID(), account: "adility-faults", customerID: "faults", customerName: "Fault Tester",
                  lines: [CartLine(id: LocalCart.newID(), offerID: "coupon-sf-pastry", name: "Free pastry", quantity: 1,
                                   unitPrice: nil)],
                  createdAt: Date())
    }

    /// Whether the book holds the cart's order, asked with faults off.
    func bookHolds(_ cart: LocalCart) async throws -> Bool {
        let faults = server.faults.faults
        server.faults.set(.none)
        defer { server.faults.set(faults) }
        return try await client().findPlaced(idempotencyKey: cart.id) != nil
    }

    /// A raw request to the sandbox's origin, with the Adility API key, for the control
    /// route and plain reads.
    func raw(_ method: APIRequest.Method, _ path: String, body: String? = nil) async throws -> APIResponse {
        try await HTTPTransport(account: "sandbox", baseURL: endpoint.origin, retry: .never)
            .send(APIRequest(method, path, headers: [("X-ADILITY-API-KEY", DemoCredentials.apiKey)],
                             body: body.map { Data($0.utf8) }))
    }

    func stop() async { await server.stop() }
}
