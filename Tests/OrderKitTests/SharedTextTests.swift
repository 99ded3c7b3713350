import Foundation
import OrderFixtures
import OrderKit
import Testing

/// Equal texts of decoded orders end up in one allocation, and no text changes.
@Suite struct SharedTextTests {
    /// Where a string's bytes live: equal for two strings sharing one allocation.
    private func storage(_ text: String?) -> UnsafeRawPointer? {
        var text = text
        return text?.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }

    /// Two orders as they come from JSON: equal texts, separate allocations.
    private func decodedPair() throws -> [Order] {
        let long = "Wide World Importers International"
        let orders = [OrderFixtures.order("1", customer: long, status: "Cancelled by Reseller", phase: .cancelled, hoursAgo: 1,
                                          items: [OrderFixtures.item("1-1", "Defender for Endpoint P2", quantity: 1, price: 3)]),
                      OrderFixtures.order("2", customer: long, status: "Cancelled by Reseller", phase: .cancelled, hoursAgo: 2,
                                          items: [OrderFixtures.item("2-1", "Defender for Endpoint P2", quantity: 2, price: 3)])]
        return try orders.map { try JSONDecoder().decode(Order.self, from: JSONEncoder().encode($0)) }
    }

    @Test func repeatedLongTextsShareOneAllocation() throws {
        var orders = try decodedPair()
        #expect(storage(orders[0].customerName) != storage(orders[1].customerName))
        let before = orders
        orders.shareText()
        #expect(orders == before)
        #expect(storage(orders[0].customerName) == storage(orders[1].customerName))
        #expect(storage(orders[0].status) == storage(orders[1].status))
        #expect(storage(orders[0].items[0].name) == storage(orders[1].items[0].name))
        #expect(storage(orders[0].items[0].offerID) == storage(orders[1].items[0].offerID))
    }
}
