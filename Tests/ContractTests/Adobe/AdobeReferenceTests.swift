import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// Editing an order's `externalReferenceId` (a PATCH beyond the document).
@Suite struct AdobeReferenceTests {
    private static let order = "5000000003"

    @Test func theReferenceIsEditedWithItsCurrentValueFirst() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        let listed = try #require(try await client.orders(stage: .confirmed).first { $0.id == Self.order })
        let edit = try #require(client.operations(for: listed).first { $0.id == "reference" })
        #expect(edit.hasForm && !edit.confirms)
        var form = try await client.operationForm(edit, orderID: Self.order)
        #expect(form.map(\.key) == ["externalReferenceId"])
        #expect(form.first?.value == "PO-1002")
        form[0].value = "PO-2026-0042"
        let edited = try await client.perform(edit, orderID: Self.order, fields: form)
        #expect(edited.id == Self.order)
        #expect(try await client.details(orderID: Self.order).first?.rows.last
            == DetailSection.Row("externalReferenceId", "PO-2026-0042"))
        let pending = try #require(try await client.orders(stage: .confirmed).first { $0.id == "5000000009" })
        #expect(!client.operations(for: pending).contains { $0.id == "reference" })
    }

    @Test func aReferenceOver35CharactersIsRefusedByClientAndSandbox() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let long = String(repeating: "x", count: 36)
        await #expect(throws: OrderError.rejected(detail: "externalReferenceId has 36 characters; Adobe takes at most 35")) {
            try await sandbox.client().perform(OrderOperation(id: "reference", title: "", summary: ""), orderID: Self.order,
                                               fields: [CustomField(name: "r", value: long, key: "externalReferenceId")])
        }
        let refused = try await sandbox.raw(.patch, "\(sandbox.ordersPath)/\(Self.order)",
                                            body: #"{"externalReferenceId": "\#(long)"}"#)
        #expect(refused.status == 400)
        #expect(refused.object["code"] as? String == "1117")
        #expect(refused.object["additionalDetails"] as? [String] == ["externalReferenceId"])
        #expect(try await sandbox.raw(.patch, "\(sandbox.ordersPath)/424242", body: #"{"externalReferenceId": "a"}"#).status == 404)
        let empty = try await sandbox.raw(.patch, "\(sandbox.ordersPath)/\(Self.order)", body: "{}")
        #expect(empty.status == 400)
    }
}
