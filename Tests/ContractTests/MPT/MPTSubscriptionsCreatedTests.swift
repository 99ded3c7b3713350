import Foundation
import OrderKit
@testable import Providers
import Testing

/// Once a Purchase completes, each of its lines names the subscription it created
/// (`lines[].subscription`, an OrderSubscription reference in the reference's OrderLine):
/// the order's items carry the ids and the detail view lists them.
@Suite struct MPTSubscriptionsCreatedTests {
    @Test func aCompletedPurchaseNamesTheSubscriptionEachLineCreated() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        let draft = try await mpt.readyDraft(client)
        _ = try await client.addItem(orderID: draft.id, offerID: "ITM-5001-0001-0001-0003", quantity: 3)
        #expect(try await client.order(id: draft.id).items.allSatisfy { $0.subscriptionID == nil })
        #expect(try await client.details(orderID: draft.id).allSatisfy { !$0.title.hasPrefix("Subscriptions") })
        _ = try await client.place(orderID: draft.id)
        var status = try await client.executionStatus(orderID: draft.id)
        for _ in 0..<6 where status.phase != .completed {
            mpt.clock.advance(by: 4)
            status = try await client.executionStatus(orderID: draft.id)
            if status.phase == .awaitingApproval {
                _ = try await client.setParameter(orderID: draft.id, parameterID: MPTFixture.partnerIDParameter, value: "7654321")
                _ = try await client.place(orderID: draft.id)
            }
        }
        #expect(status.status == "Completed")
        let done = try await client.order(id: draft.id)
        let agreement = try #require(try await client.agreements().first { agreement in
            agreement.subscriptions.contains { $0.id == done.items.first?.subscriptionID }
        })
        #expect(done.items.map(\.subscriptionID) == agreement.subscriptions.map(\.id))
        #expect(done.items.compactMap(\.subscriptionID).count == 2)
        let section = try #require(try await client.details(orderID: draft.id).first { $0.title == "Subscriptions created" })
        #expect(section.rows == zip(done.items, agreement.subscriptions).map { item, subscription in
            DetailSection.Row(subscription.id, "\(item.name) × \(item.quantity)")
        })
        let listed = try await client.orderList(stage: .confirmed).orders.first { $0.id == draft.id }
        #expect(listed?.items.map(\.subscriptionID) == done.items.map(\.subscriptionID))
    }

    @Test func aLineWhoseSubscriptionCannotBeReadKeepsTheRestOfTheOrder() throws {
        let body = #"{"id": "ORD-1111-2222-3333", "status": "Completed", "type": "Purchase", "lines": ["#
            + #"{"id": "ALI-1", "item": {"id": "ITM-1", "name": "Vector Studio"}, "quantity": 2, "subscription": {"id": "SUB-1"}},"#
            + #"{"id": "ALI-2", "item": {"id": "ITM-2", "name": "Raster Pro"}, "quantity": 1, "subscription": "SUB-2"}]}"#
        let order = try MPTReader.order(from: Data(body.utf8), account: "ref", what: "order")
        #expect(order.items.map(\.subscriptionID) == ["SUB-1", nil])
        let payload = try PayloadDecoder.decode(MPTOrderPayload.self, from: Data(body.utf8), what: "order")
        #expect(MPTDetailSections.subscriptions(payload)?.rows == [DetailSection.Row("SUB-1", "Vector Studio × 2")])
    }
}
