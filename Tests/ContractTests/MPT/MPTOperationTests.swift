import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// The operations menu of an MPT order end to end against the sandbox: notes at any status,
/// and Change and Termination orders built from a form, previewed with prices, created.
@Suite struct MPTOperationTests {
    private static let notes = MPTOperation.notes.operation
    private static let change = MPTOperation.change.operation
    private static let terminate = MPTOperation.terminate.operation

    private func fill(_ fields: [CustomField], _ values: [String: String]) -> [CustomField] {
        fields.map { field in
            var field = field
            field.value = values[field.key] ?? field.value
            return field
        }
    }

    @Test func completedOrdersOfferChangeAndTerminationEveryOrderOffersNotes() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        let orders = try await client.orders(stage: .all)
        for order in orders {
            let ids = client.operations(for: order).map(\.id)
            let expected = switch order.status {
            case "Completed": ["notes", "change", "terminate"]
            case "Draft": ["notes", "quote"]
            default: ["notes"]
            }
            #expect(ids == expected, "\(order.id)")
        }
        #expect(Self.notes.hasForm && !Self.notes.confirms && !Self.notes.previews)
        #expect(Self.change.hasForm && Self.change.previews && Self.change.confirms)
        #expect(Self.terminate.hasForm && Self.terminate.previews && Self.terminate.warning.count == 2)
        let unknown = OrderOperation(id: "approve", title: "Approve", summary: "")
        await #expect(throws: OrderError.unsupported(
            detail: "SoftwareOne MPT orders have no operation 'approve'; they have notes, quote, change, terminate.")) {
            try await client.operationForm(unknown, orderID: MPTFixture.draftOrder)
        }
    }

    @Test func notesAreEditedAtAnyStatusAndShownInTheDetails() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        for orderID in [MPTFixture.draftOrder, MPTFixture.processingOrder, MPTFixture.completedOrder,
                        MPTFixture.failedOrder, MPTFixture.deletedOrder] {
            let form = try await client.operationForm(Self.notes, orderID: orderID)
            #expect(form == [CustomField(name: "Notes", value: "", key: "notes")])
            let saved = try await client.perform(Self.notes, orderID: orderID,
                                                 fields: fill(form, ["notes": "For the accounting team"]))
            #expect(saved.id == orderID)
            #expect(try await client.operationForm(Self.notes, orderID: orderID).first?.value == "For the accounting team")
            let notes = try #require(try await client.details(orderID: orderID).first { $0.title == "Notes" })
            #expect(notes.rows.first == DetailSection.Row("Notes", "For the accounting team"))
        }
    }

    /// Catalog items carry no price (the reference's price lists do): the form and the
    /// preview price at the unit prices of the order's own lines.
    @Test func changeFormPreviewsPricesAndCreatesTheChangeOrder() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        let catalog = try #require(try mpt.object(try await mpt.raw(.get, "/catalog/items"))["data"] as? [[String: Any]])
        #expect(!catalog.isEmpty && catalog.allSatisfy { $0["price"] == nil })
        #expect(try await client.offers().allSatisfy { $0.price == nil })
        let form = try await client.operationForm(Self.change, orderID: MPTFixture.completedOrder)
        #expect(form.map(\.key) == ["SUB-2119-4550-0001", "SUB-2119-4550-0002"])
        #expect(form.map(\.name) == ["Adobe Illustrator", "Adobe Photoshop"])
        #expect(form.map(\.value) == ["10", "2"])
        #expect(form.allSatisfy { $0.kind == .number && $0.minimum == 1 && $0.required })
        #expect(form.first?.hint == "now 10, 22.00 USD per unit and month")

        let fields = fill(form, ["SUB-2119-4550-0001": "12", "SUB-2119-4550-0002": "1"])
        let before = try await client.orders(stage: .all).count
        let preview = try await client.previewOperation(Self.change, orderID: MPTFixture.completedOrder, fields: fields)
        #expect(preview == [
            "Adobe Illustrator: 10 → 12 (up 2), +44.00 USD per month",
            "Adobe Photoshop: 2 → 1 (down 1), -24.20 USD per month",
            "Change order on \(MPTFixture.acmeAgreement): 2 subscriptions, +19.80 USD per month, +237.60 USD per year.",
        ])
        #expect(try await client.orders(stage: .all).count == before)

        let created = try await client.perform(Self.change, orderID: MPTFixture.completedOrder, fields: fields)
        #expect(created.id != MPTFixture.completedOrder)
        #expect(created.status == "Draft")
        #expect(created.items.map(\.quantity) == [12, 1])
        let raw = try mpt.object(try await mpt.raw(.get, "/commerce/orders/\(created.id)?select=+lines"))
        #expect(raw["type"] as? String == "Change")
        #expect((raw["agreement"] as? [String: Any])?["id"] as? String == MPTFixture.acmeAgreement)
        #expect((raw["lines"] as? [[String: Any]])?.compactMap { $0["oldQuantity"] as? Int } == [10, 2])
        #expect(try await client.orders(stage: .all).count == before + 1)
    }

    @Test func changeRefusesWhatTheVendorWouldAndOrdersWithoutAnActiveAgreement() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        let form = try await client.operationForm(Self.change, orderID: MPTFixture.completedOrder)
        await MPTExpect.refused(.rejected, containing: "nothing to change") {
            _ = try await client.perform(Self.change, orderID: MPTFixture.completedOrder, fields: form)
        }
        await MPTExpect.refused(.rejected, containing: "Adobe Photoshop: '0' is not a quantity of at least 1") {
            _ = try await client.previewOperation(Self.change, orderID: MPTFixture.completedOrder,
                                                  fields: fill(form, ["SUB-2119-4550-0002": "0"]))
        }
        await MPTExpect.refused(.conflict, containing: "SUB-9 is no longer an active subscription") {
            _ = try await client.perform(Self.change, orderID: MPTFixture.completedOrder,
                                         fields: [CustomField(name: "Gone", value: "3", kind: .number, key: "SUB-9")])
        }
        await MPTExpect.refused(.conflict, containing: "\(MPTFixture.terminatedAgreement) is Terminated") {
            _ = try await client.operationForm(Self.change, orderID: "ORD-6869-4529-8975-9003")
        }
        await MPTExpect.refused(.conflict, containing: "order \(MPTFixture.draftOrder) has no agreement yet") {
            _ = try await client.operationForm(Self.terminate, orderID: MPTFixture.draftOrder)
        }
    }

    @Test func terminationFormWarnsPreviewsAndCreatesTheTerminationOrder() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        let form = try await client.operationForm(Self.terminate, orderID: MPTFixture.completedOrder)
        #expect(form.map(\.kind) == [.boolean, .boolean])
        #expect(form.map(\.value) == ["false", "false"])
        #expect(form.map(\.hint) == ["10 × SUB-2119-4550-0001", "2 × SUB-2119-4550-0002"])
        await MPTExpect.refused(.rejected, containing: "nothing to terminate") {
            _ = try await client.previewOperation(Self.terminate, orderID: MPTFixture.completedOrder, fields: form)
        }

        let photoshopOnly = fill(form, ["SUB-2119-4550-0002": "true"])
        #expect(try await client.previewOperation(Self.terminate, orderID: MPTFixture.completedOrder,
                                                  fields: photoshopOnly) == [
            "Ends Adobe Photoshop × 2 (SUB-2119-4550-0002), -48.40 USD per month",
            "Termination order on \(MPTFixture.acmeAgreement): 1 subscription, -48.40 USD per month, -580.80 USD per year.",
        ])
        let everything = fill(form, ["SUB-2119-4550-0001": "true", "SUB-2119-4550-0002": "true"])
        let all = try await client.previewOperation(Self.terminate, orderID: MPTFixture.completedOrder, fields: everything)
        #expect(all.last == "Every active subscription ends: agreement \(MPTFixture.acmeAgreement) is terminated.")

        let created = try await client.perform(Self.terminate, orderID: MPTFixture.completedOrder, fields: photoshopOnly)
        #expect(created.status == "Draft")
        #expect(created.items.map(\.name) == ["Adobe Photoshop"])
        #expect(created.items.map(\.quantity) == [0])
        let raw = try mpt.object(try await mpt.raw(.get, "/commerce/orders/\(created.id)"))
        #expect(raw["type"] as? String == "Termination")
        _ = try await client.place(orderID: created.id)
        mpt.clock.advance(by: 4)
        let left = try await client.operationForm(Self.terminate, orderID: MPTFixture.completedOrder)
        #expect(left.map(\.key) == ["SUB-2119-4550-0001"])
    }
}
