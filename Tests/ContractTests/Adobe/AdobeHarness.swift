import Foundation
import OrderKit
import Providers
import Sandbox

/// A sandbox on a free loopback port with a clock the test moves, and Adobe clients for it.
struct AdobeHarness {
    static let customerID = "9876543210"

    let server: SandboxServer
    let endpoint: SandboxEndpoint
    let clock: ManualClock
    let requests = RequestCounter()

    static func start(failureRate: Double = 0, executionSeconds: TimeInterval = 4,
                      variations: SandboxVariations = .off) async throws -> AdobeHarness {
        let clock = ManualClock()
        let server = SandboxServer(options: SandboxOptions(clock: clock, failureRate: failureRate,
                                                           executionSeconds: executionSeconds, variations: variations))
        return AdobeHarness(server: server, endpoint: try await server.start(), clock: clock)
    }

    var baseURL: String { endpoint.baseURL(.adobe) }

    /// The stand-in for Adobe IMS's token endpoint.
    var tokenURL: String { baseURL + "/ims/token/v3" }

    func client(token: String = DemoCredentials.bearerToken, bearer: BearerSource? = nil,
                apiKey: String = DemoCredentials.apiKey, customerID: String = Self.customerID, baseURL: String? = nil,
                timeout: TimeInterval = 10) -> AdobeClient {
        let transport = HTTPTransport(account: "adobe-test", baseURL: baseURL ?? self.baseURL, timeout: timeout,
                                      observer: { [requests] in requests.record($0) })
        return AdobeClient(transport: transport, bearer: bearer ?? .token(token), apiKey: apiKey, customerID: customerID,
                           now: { [clock] in clock.now() })
    }

    func cart(_ lines: [(offer: String, quantity: Int)], id: String = UUID().uuidString) -> LocalCart {
        LocalCart(id: id, account: "adobe-test", customerID: Self.customerID, customerName: "Northwind Creative Ltd",
                  lines: lines.enumerated().map { CartLine(id: String($0.offset + 1), offerID: $0.element.offer,
                                                           name: "line \($0.offset + 1)", quantity: $0.element.quantity) },
                  createdAt: clock.now())
    }

    /// A raw request with every header Adobe requires; `headers` replaces some (nil removes one).
    func raw(_ method: APIRequest.Method, _ path: String, body: String? = nil,
             headers: [String: String?] = [:]) async throws -> APIResponse {
        var fields: [String: String?] = [
            "Authorization": "Bearer \(DemoCredentials.bearerToken)", "X-Api-Key": DemoCredentials.apiKey,
            "X-Correlation-Id": UUID().uuidString, "X-Request-Id": UUID().uuidString,
            "Accept": "application/json", "Content-Type": "application/json",
        ]
        fields.merge(headers) { $1 }
        let sent = fields.compactMap { name, value in value.map { (name, $0) } }
        return try await HTTPTransport(account: "adobe-raw", baseURL: baseURL)
            .send(APIRequest(method, path, headers: sent, body: body.map { Data($0.utf8) }))
    }

    /// An order body for raw requests: NEW unless told, lines as (number, offer, quantity).
    static func body(type: String = "NEW", lines: [(Int, String, Int)] = [(1, "65304520CA01A12", 1)],
                     extra: String = "") -> String {
        let items = lines.map { #"{"extLineItemNumber": \#($0.0), "offerId": "\#($0.1)", "quantity": \#($0.2)}"# }
        return #"{"orderType": "\#(type)"\#(extra), "lineItems": [\#(items.joined(separator: ", "))]}"#
    }

    var ordersPath: String { "/v3/customers/\(Self.customerID)/orders" }

    func stop() async { await server.stop() }
}

extension APIResponse {
    /// The body as a JSON object, for checks on the wire shape.
    var object: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
}
