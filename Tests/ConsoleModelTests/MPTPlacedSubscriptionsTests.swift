import ConsoleModel
import OrderFixtures
import OrderKit
import Testing

/// An order whose placement answer already names the subscriptions its lines created (it
/// completed at once) says them in the placed message; one that does not says nothing more.
@Suite struct MPTPlacedSubscriptionsTests {
    private static func placed(_ subscriptions: [String?]) -> String? {
        var state = ConsoleFixture.withCart()
        ConsoleFixture.place(&state)
        var order = OrderFixtures.order("1044", status: "Completed", phase: .completed, hoursAgo: 0)
        order.items = subscriptions.enumerated().map { index, subscription in
            OrderItem(id: "L\(index)", offerID: "O\(index)", name: "Item \(index)", quantity: 1, unitPrice: nil,
                      status: "Completed", phase: .completed, subscriptionID: subscription)
        }
        _ = ConsoleReducer.reduce(&state, .placed(account: "wl-demo", orderID: "1044", .success(order)))
        return state.messages.current?.text
    }

    @Test func thePlacedMessageNamesTheSubscriptionsCreated() {
        #expect(Self.placed(["SUB-1", nil, "SUB-2"]) == "Order 1044 placed: Completed; subscriptions SUB-1, SUB-2. Watch it in Status.")
        #expect(Self.placed(["SUB-1"]) == "Order 1044 placed: Completed; subscription SUB-1. Watch it in Status.")
        #expect(Self.placed([nil]) == "Order 1044 placed: Completed. Watch it in Status.")
    }
}
