import Foundation
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import OrderKit
import Sandbox
import Testing

/// The endpoints beyond the documents that the console's operations use: Appxite approval
/// and rejection, Adobe deployments and the `externalReferenceId` PATCH, each under its
/// provider's prefix and behind its provider's credentials.
@Suite struct OperationRoutingTests {
    private static func app() -> some ApplicationProtocol {
        Application(router: SandboxServer(options: SandboxOptions(clock: ManualClock())).makeRouter())
    }

    private static let appxite: HTTPFields = [
        .authorization: "Bearer \(DemoCredentials.bearerToken)",
        HTTPField.Name("Ocp-Apim-Subscription-Key")!: DemoCredentials.subscriptionKey,
        HTTPField.Name("api-version")!: "3.1",
        HTTPField.Name("X-On-Behalf-Of")!: "8c1f4a52-93d7-4e0b-b6a1-2f5d7c9e0a13",
        HTTPField.Name("Referer")!: "https://portal.appxite.example",
        .contentType: "application/json",
    ]

    private static let adobe: HTTPFields = [
        .authorization: "Bearer \(DemoCredentials.bearerToken)", HTTPField.Name("X-Api-Key")!: DemoCredentials.apiKey,
        HTTPField.Name("X-Correlation-Id")!: UUID().uuidString, .accept: "application/json",
        .contentType: "application/json",
    ]

    private static func json(_ response: TestResponse) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))) as? [String: Any] ?? [:]
    }

    @Test func appxiteRejectsAnAwaitingOrderWithItsReasonAndRefusesStrangers() async throws {
        try await Self.app().test(.router) { client in
            try await client.execute(uri: "/appxite/orders/AX-100005/reject", method: .post, headers: Self.appxite,
                                     body: ByteBuffer(string: #"{"Reason": "over budget"}"#)) { response in
                #expect(response.status == .ok)
                #expect(Self.json(response)["Status"] as? String == "rejected")
                #expect(Self.json(response)["StatusMessage"] as? String == "Rejected: over budget")
            }
            try await client.execute(uri: "/appxite/orders/AX-100005/approve", method: .post, headers: Self.appxite,
                                     body: ByteBuffer(string: "{}")) { response in
                #expect(response.status == .conflict)
            }
            try await client.execute(uri: "/appxite/orders/AX-100005/approve", method: .post,
                                     headers: [.contentType: "application/json"], body: ByteBuffer(string: "{}")) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test func adobeServesDeploymentsAndPatchesTheReference() async throws {
        try await Self.app().test(.router) { client in
            try await client.execute(uri: "/adobe/v3/customers/9876543210/deployments", method: .get,
                                     headers: Self.adobe) { response in
                #expect(response.status == .ok)
                #expect(Self.json(response)["totalCount"] as? Int == 2)
            }
            try await client.execute(uri: "/adobe/v3/customers/9876543210/orders/5000000001", method: .patch,
                                     headers: Self.adobe, body: ByteBuffer(string: #"{"externalReferenceId": "PO-9"}"#)) { response in
                #expect(response.status == .ok)
                #expect(Self.json(response)["externalReferenceId"] as? String == "PO-9")
            }
            var withoutKey = Self.adobe
            withoutKey[HTTPField.Name("X-Api-Key")!] = nil
            try await client.execute(uri: "/adobe/v3/customers/9876543210/orders/5000000001", method: .patch,
                                     headers: withoutKey, body: ByteBuffer(string: #"{"externalReferenceId": "PO-9"}"#)) { response in
                #expect(response.status == .forbidden)
            }
        }
    }
}
