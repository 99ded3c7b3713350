import Foundation
import Headless
import OrderFixtures
import OrderKit
import Testing

/// The subscription an order line created (MPT, once the order completes) reaches
/// `status` and `orders`: a `subscription` key on the JSON item, and the line of
/// `ordercon status ID`; a line without one keeps the contract's keys as they were.
@Suite struct MPTSubscriptionRecordTests {
    private static func completed() -> Order {
        var order = OrderFixtures.order("ORD-1111-2222-3333", status: "Completed", phase: .completed, hoursAgo: 1)
        order.items = [
            OrderItem(id: "ALI-1", offerID: "ITM-1", name: "Vector Studio", quantity: 4, unitPrice: nil, status: "Completed",
                      phase: .completed, subscriptionID: "SUB-7301-0000-0042"),
            OrderItem(id: "ALI-2", offerID: "ITM-2", name: "Raster Pro", quantity: 1, unitPrice: nil, status: "Completed",
                      phase: .completed),
        ]
        return order
    }

    @Test func jsonItemsNameTheirSubscription() throws {
        let json = OrderRecord.json(OrderRecord(Self.completed()))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.map { $0["subscription"] as? String } == ["SUB-7301-0000-0042", nil])
        #expect(Set(items[1].keys) == ["id", "offer", "name", "quantity", "phase", "status"])
    }

    @Test func statusTextNamesTheSubscription() {
        let text = OrderTable.detail(Self.completed())
        #expect(text.contains("  · Vector Studio ×4  Completed [completed]  subscription SUB-7301-0000-0042\n"))
        #expect(text.contains("  · Raster Pro ×1  Completed [completed]\n"))
    }
}
