import Foundation
import OrderKit
import PayloadText
import Providers
import Sandbox
import Testing

/// The `return` operation: offered for completed NEW or RENEWAL orders of the last 14
/// days, a quantity per line bounded by what remains, a priced return preview, then the
/// RETURN order.
@Suite struct AdobeReturnOperationTests {
    private static let recent = "5000000003"

    private func listed(_ id: String, _ client: AdobeClient) async throws -> Order {
        try #require(try await client.orders(stage: .confirmed).first { $0.id == id })
    }

    @Test(arguments: [
        ("5000000003", true), ("5000000007", true), ("5000000002", false), ("5000000006", false), ("5000000009", false),
        ("5000000004", false), ("5000000005", false),
    ])
    func returnIsOfferedOnlyForRecentCompletedPurchases(orderID: String, offered: Bool) async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        let returning = client.operations(for: try await listed(orderID, client)).first { $0.id == "return" }
        #expect((returning != nil && returning?.unavailableReason == nil) == offered)
    }

    @Test(arguments: [
        ("5000000002", "only within 14 days of the order (placed 20 days ago)"),
        ("5000000004", "only for a completed order (1000)"),
        ("5000000009", "only for a completed order (1000)"),
    ])
    func aPurchaseThatCannotBeReturnedSaysWhy(orderID: String, reason: String) async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        let returning = client.operations(for: try await listed(orderID, client)).first { $0.id == "return" }
        #expect(returning?.unavailableReason == reason)
    }

    @Test func theFormHasALineForEachReturnableLineBoundedByWhatRemains() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        let operation = try #require(client.operations(for: try await listed(Self.recent, client)).first { $0.id == "return" })
        #expect(operation.hasForm && operation.previews)
        let form = try await client.operationForm(operation, orderID: Self.recent)
        #expect(form.map(\.key) == ["1", "2"])
        #expect(form.map(\.name) == ["Illustrator for teams", "Acrobat Pro for teams"])
        #expect(form.map(\.hint) == ["5 remaining", "2 remaining"])
        #expect(form.map(\.maximum) == [5, 2])
        #expect(form.allSatisfy { $0.minimum == 0 && $0.value == "0" && $0.kind == .number })

        let preview = try await client.previewOperation(operation, orderID: Self.recent, fields: form.filled(["1": "2"]))
        #expect(preview == ["Return 2 × Illustrator for teams: refund 863.76 USD", "Refund total 863.76 USD",
                            "The returned licences stop working; lines returned in full become 1008 (cancelled)."])
        #expect(try await client.operationForm(operation, orderID: Self.recent).map(\.hint) == ["5 remaining", "2 remaining"])

        let returned = try await client.perform(operation, orderID: Self.recent, fields: form.filled(["1": "2", "2": "2"]))
        #expect(returned.id != Self.recent)
        #expect(returned.items.map(\.quantity) == [2, 2])
        #expect(returned.rawPayload.map(ReadablePayload.text)?.contains(#""orderType" : "RETURN""#) == true)
        #expect(returned.rawPayload.map(ReadablePayload.text)?.contains(#""referenceOrderId" : "5000000003""#) == true)
        let after = try await client.operationForm(operation, orderID: Self.recent)
        #expect(after.map(\.key) == ["1"])
        #expect(after.map(\.hint) == ["3 remaining"])
        #expect(try await client.order(id: Self.recent).items.map(\.status) == ["1000", "1008"])
    }

    @Test func refusalsComeInAdobesShape() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        let operation = try #require(client.operations(for: try await listed(Self.recent, client)).first { $0.id == "return" })
        let form = try await client.operationForm(operation, orderID: Self.recent)
        await #expect(throws: OrderError.rejected(detail: "nothing to return from order 5000000003; enter a quantity on at least one line")) {
            try await client.perform(operation, orderID: Self.recent, fields: form)
        }
        await #expect(throws: OrderError.rejected(detail: "Acrobat Pro for teams is at most 2.")) {
            try await client.previewOperation(operation, orderID: Self.recent, fields: form.filled(["2": "3"]))
        }
        let unbounded = [CustomField(name: "line 2", value: "3", kind: .number, key: "2")]
        await #expect(throws: OrderError.rejected(detail: "Adobe RETURN_QTY_EXCEEDS_REMAINING — line 2 of order 5000000003 has 2 left to return, not 3: lineItems[0].quantity")) {
            try await client.previewOperation(operation, orderID: Self.recent, fields: unbounded)
        }
        sandbox.clock.advance(by: 12 * 24 * 3600)
        do {
            _ = try await client.previewOperation(operation, orderID: Self.recent, fields: form.filled(["1": "1"]))
            Issue.record("a return preview after 14 days was accepted")
        } catch OrderError.rejected(let detail) {
            #expect(detail.contains("more than 14 days ago") && detail.hasPrefix("Adobe 1117 invalid fields — "))
        }
    }

    @Test func theSandboxPreviewsAReturnWithoutStoringIt() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let reference = #", "referenceOrderId": "\#(Self.recent)""#
        let preview = try await sandbox.raw(.post, sandbox.ordersPath + "?fetch-price=true",
                                            body: AdobeHarness.body(type: "PREVIEW", lines: [(2, "65304520CA01A12", 2)],
                                                                    extra: reference))
        #expect(preview.status == 200)
        #expect(preview.object["orderId"] as? String == "")
        #expect(preview.object["referenceOrderId"] as? String == Self.recent)
        let line = try #require((preview.object["lineItems"] as? [[String: Any]])?.first)
        #expect(line["quantity"] as? Int == 2)
        let original = try await sandbox.raw(.get, "\(sandbox.ordersPath)/\(Self.recent)")
        #expect((original.object["lineItems"] as? [[String: Any]])?.map { $0["remainingQuantity"] as? Int } == [5, 2])
        let renewal = try await sandbox.raw(.post, sandbox.ordersPath,
                                            body: AdobeHarness.body(type: "RENEWAL", extra: reference))
        #expect(renewal.status == 400)
        #expect(renewal.object["additionalDetails"] as? [String] == ["referenceOrderId"])
    }
}
