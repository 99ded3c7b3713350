import Foundation
import OrderKit
import Providers
import Sandbox

/// A sandbox on a free loopback port with a clock the test moves, and Adility clients
/// and raw requests against its `/adility` prefix.
struct AdilityHarness {
    let server: SandboxServer
    let endpoint: SandboxEndpoint
    let clock: ManualClock

    static func start() async throws -> AdilityHarness {
        let clock = ManualClock()
        let server = SandboxServer(options: SandboxOptions(clock: clock, undocumentedLists: true))
        return AdilityHarness(server: server, endpoint: try await server.start(), clock: clock)
    }

    var baseURL: String { endpoint.baseURL(.adility) }

    func transport() -> HTTPTransport {
        HTTPTransport(account: "adility-test", baseURL: baseURL, timeout: 10)
    }

    /// Wide enough around the middle of the United States for every seeded offer.
    static let everywhere = AdilityArea(location: .point(latitude: 39.8283, longitude: -98.5795), radius: 2500)

    func client(_ format: AdilityFormat = .json, apiKey: String = DemoCredentials.apiKey,
                area: AdilityArea? = AdilityHarness.everywhere) -> AdilityClient {
        AdilityClient(transport: transport(), apiKey: apiKey, format: format, area: area)
    }

    /// A request as written, for refusals a well-behaved client never provokes.
    func raw(_ method: APIRequest.Method, _ path: String, query: [(String, String)] = [], body: String? = nil,
             contentType: String? = "application/json", accept: String = "application/json",
             apiKey: String? = DemoCredentials.apiKey) async throws -> APIResponse {
        var headers = [("Accept", accept)]
        if let apiKey { headers.append(("X-ADILITY-API-KEY", apiKey)) }
        if let contentType, body != nil { headers.append(("Content-Type", contentType)) }
        return try await transport().send(APIRequest(method, path, query: query, headers: headers,
                                                     body: body.map { Data($0.utf8) }))
    }

    /// A raw JSON answer as a dictionary under its root key.
    func json(_ response: APIResponse, root: String) throws -> Any? {
        let object = try JSONSerialization.jsonObject(with: response.body) as? [String: Any]
        return object?[root]
    }

    /// A cart of (offer, quantity) lines with a fresh order number.
    static func cart(_ lines: [(String, Int)], customer: String = "John Smith",
                     id: String = "ordercon-\(UUID().uuidString.lowercased())") -> LocalCart {
        LocalCart(id: id, account: "adility-test", customerID: customer, customerName: customer,
                  lines: lines.enumerated().map { index, line in
                      CartLine(id: "\(index + 1)", offerID: line.0, name: line.0, quantity: line.1)
                  },
                  createdAt: Date())
    }

    func stop() async { await server.stop() }
}
