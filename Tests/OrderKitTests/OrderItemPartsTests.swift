import Foundation
import OrderKit
import Testing

/// An item's parts (Adility vouchers) travel with it through the Store's JSON, and items
/// cached before parts existed still read, with none.
@Suite struct OrderItemPartsTests {
    @Test func partsRoundTripAndOlderItemsReadWithNone() throws {
        let voucher = OrderItem(id: "V1", offerID: "o", name: "voucher V1", quantity: 1, unitPrice: nil,
                                status: "cancelled", phase: .cancelled, parentID: "1-1")
        let item = OrderItem(id: "1-1", offerID: "o", name: "Spa", quantity: 1, unitPrice: Money(amount: 45, currency: "USD"),
                             status: "1 cancelled", phase: .completed, parts: [voucher])
        #expect(try JSONDecoder().decode(OrderItem.self, from: JSONEncoder().encode(item)) == item)
        #expect(item.withParts.map(\.id) == ["1-1", "V1"])

        let older = #"{"id": "7", "offerID": "o", "name": "Seat", "quantity": 2, "status": "Executed", "phase": "completed"}"#
        let read = try JSONDecoder().decode(OrderItem.self, from: Data(older.utf8))
        #expect(read.parts.isEmpty && read.parentID == nil && read.unitPrice == nil && read.quantity == 2)
    }
}
