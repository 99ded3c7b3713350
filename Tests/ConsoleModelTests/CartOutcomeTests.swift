import ConsoleModel
import OrderFixtures
import OrderKit
import Store
import Testing

/// A cart that leaves the lists is told by what is known of it: placed, by the journal's
/// knowledge, or gone only where the provider keeps drafts.
@Suite struct CartOutcomeTests {
    /// A local cart `c1ab…` (the provider keeps no drafts) made the cart.
    private static func localCart() -> ConsoleState {
        var state = ConsoleFixture.state()
        state.account.capabilities.serverSideDrafts = false
        let cart = LocalCart(id: "c1ab0000", account: "wl-demo", customerID: "1", customerName: "Acme", createdAt: OrderFixtures.now)
        _ = ConsoleReducer.reduce(&state, .cartSaved(account: "wl-demo", .success(cart), note: "New cart"))
        return state
    }

    private static func cartVanishes(_ state: inout ConsoleState) {
        _ = ConsoleReducer.reduce(&state, .cacheLoaded(account: "wl-demo", orders: OrderFixtures.book, carts: [],
                                                       refreshedAt: OrderFixtures.now))
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: OrderFixtures.book)),
                                                        at: OrderFixtures.now.addingTimeInterval(60)))
    }

    @Test func aCartTheJournalFoundPlacedIsToldAsPlacedWithItsOrderID() {
        var state = Self.localCart()
        var entry = JournalEntryFixture.entry(key: "ref-77", outcome: .placed)
        entry.orderID = "5100000002"
        _ = ConsoleReducer.reduce(&state, .journalReconciled(account: "wl-demo", .success([entry]), carts: ["ref-77": "c1ab0000"]))
        let told = "Cart c1ab was placed as order 5100000002, though its answer was lost; watch it in Status."
        #expect(state.messages.current?.text == told)
        Self.cartVanishes(&state)
        #expect(state.lists.cartOrderID == nil)
        #expect(state.messages.current?.text == told)
        #expect(state.messages.current?.kind == .info)
    }

    @Test func aLocalCartThatVanishesIsNeverCalledGoneFromTheProvider() {
        var state = Self.localCart()
        Self.cartVanishes(&state)
        #expect(state.messages.current?.text == "Cart c1ab is no longer stored here: another ordercon placed or removed it; see Status.")
    }
}
