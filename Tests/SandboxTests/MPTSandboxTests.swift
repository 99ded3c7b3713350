import Foundation
import Hummingbird
import HummingbirdTesting
import Sandbox
import Testing

/// The Marketplace sandbox's rules for what the detail view and the form read: typed
/// parameters refuse values of the wrong type, and every status reached is an audit event
/// with the product's template for it.
@Suite struct MPTSandboxTests {
    private let headers: HTTPFields = [.authorization: "Bearer \(DemoCredentials.bearerToken)",
                                       .contentType: "application/json"]
    private let draft = "/mpt/public/v1/commerce/orders/ORD-6869-4529-9009"

    private func object(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
    }

    @Test func aDropDownTakesOnlyItsOptionsAndTheProblemNamesTheParameter() async throws {
        let app = Application(router: SandboxServer(options: SandboxOptions(clock: ManualClock())).makeRouter())
        try await app.test(.router) { client in
            let body = #"{"parameters": {"ordering": [{"id": "PRM-7301-0001-0007", "value": "Gold"}]}}"#
            try await client.execute(uri: draft, method: .put, headers: headers, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .badRequest)
                let errors = try #require(try object(response)["errors"] as? [[String: Any]])
                #expect(errors.first?["id"] as? String == "PRM-7301-0001-0007")
                #expect(errors.first?["externalId"] as? String == "supportLevel")
                #expect(errors.first?["message"] as? String == "Support Level must be one of Standard, Premium.")
            }
            let ok = #"{"parameters": {"ordering": [{"id": "PRM-7301-0001-0007", "value": "Premium"}]}}"#
            try await client.execute(uri: draft, method: .put, headers: headers, body: ByteBuffer(string: ok)) { response in
                #expect(response.status == .ok)
                let ordering = try #require((try object(response)["parameters"] as? [String: Any])?["ordering"]
                    as? [[String: Any]])
                let support = try #require(ordering.first { $0["id"] as? String == "PRM-7301-0001-0007" })
                #expect(support["type"] as? String == "DropDown")
                #expect(((support["options"] as? [String: Any])?["optionsList"] as? [[String: Any]])?
                    .compactMap { $0["value"] as? String } == ["Standard", "Premium"])
                #expect(support["value"] as? String == "Premium")
                #expect(ordering.first { $0["id"] as? String == "PRM-7301-0001-0001" }?["options"] == nil)
            }
        }
    }

    @Test func everyStatusReachedIsAnAuditEventWithItsTemplate() async throws {
        let clock = ManualClock()
        let app = Application(router: SandboxServer(options: SandboxOptions(clock: clock)).makeRouter())
        try await app.test(.router) { client in
            let quoted = try await client.execute(uri: draft + "/quote", method: .post, headers: headers) {
                try object($0)
            }
            #expect(quoted["template"] == nil)
            #expect(Set(try #require(quoted["audit"] as? [String: Any]).keys) == ["created", "updated", "quoted"])
            let body = #"{"parameters": {"ordering": [{"id": "PRM-7301-0001-0001", "value": "1234567"}]}}"#
            try await client.execute(uri: draft, method: .put, headers: headers, body: ByteBuffer(string: body)) { _ in }
            clock.advance(by: 30)
            let processing = try await client.execute(uri: draft + "/process", method: .post, headers: headers) {
                try object($0)
            }
            #expect((processing["template"] as? [String: Any])?["name"] as? String == "Activation in Progress")
            let audit = try #require(processing["audit"] as? [String: [String: Any]])
            #expect(Set(audit.keys) == ["created", "updated", "quoted", "processing"])
            #expect(audit["processing"]?["at"] as? String == clock.now().ISO8601Format())
            #expect((audit["processing"]?["by"] as? [String: Any])?["name"] as? String == "Sandbox Buyer")
        }
    }
}
