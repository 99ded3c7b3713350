import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// A sandbox on a free port, seen through the Marketplace prefix, with clients and raw calls.
struct MPTHarness {
    let sandbox: SandboxHarness

    static let token = DemoCredentials.bearerToken

    static func start(failureRate: Double = 0, vendorSeconds: TimeInterval = 4) async throws -> MPTHarness {
        MPTHarness(sandbox: try await SandboxHarness.start(failureRate: failureRate, executionSeconds: vendorSeconds))
    }

    var clock: ManualClock { sandbox.clock }
    var requests: RequestCounter { sandbox.requests }
    var baseURL: String { sandbox.endpoint.baseURL(.mpt) }

    func transport(timeout: TimeInterval = 10) -> HTTPTransport {
        HTTPTransport(account: "mpt-test", baseURL: baseURL, timeout: timeout,
                      observer: { [requests] in requests.record($0) })
    }

    func client(token: String = MPTHarness.token) -> MPTClient {
        MPTClient(transport: transport(), token: token)
    }

    /// A raw request with the demo token, for what a well-behaved client never sends.
    func raw(_ method: APIRequest.Method, _ path: String, body: String? = nil,
             headers: [(String, String)] = [("Authorization", "Bearer \(MPTHarness.token)")]) async throws -> APIResponse {
        try await transport().send(APIRequest(method, path, headers: headers + [("Content-Type", "application/json")],
                                              body: body.map { Data($0.utf8) }))
    }

    /// A raw answer's JSON object.
    func object(_ response: APIResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: response.body) as? [String: Any])
    }

    /// A fresh Purchase draft for Acme with one line and the partner id filled, ready to process.
    func readyDraft(_ client: MPTClient, partnerID: String = "1234567") async throws -> Order {
        let draft = try await client.createDraft(customerID: MPTFixture.acme)
        _ = try await client.addItem(orderID: draft.id, offerID: MPTFixture.illustrator, quantity: 10)
        _ = try await client.setParameter(orderID: draft.id, parameterID: MPTFixture.partnerIDParameter, value: partnerID)
        return draft
    }

    func stop() async { await sandbox.stop() }
}
