import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing

/// A line write answered with an error may have been applied anyway: the draft is read
/// again and the console says what the provider holds.
@Suite struct UnclearWriteTests {
    private static let reset = OrderError.unreachable(account: "wl-demo", detail: "connection reset")

    @Test func anAddAnsweredWithAnErrorIsCheckedAndToldAsAddedAfterAll() {
        var state = ConsoleFixture.withCart()
        let effects = ConsoleReducer.reduce(&state, .itemAdded(account: "wl-demo", orderID: "1044", offerID: "ZOOM-PRO",
                                                               .failure(Self.reset)))
        #expect(effects.contains(.loadItems(account: "wl-demo", orderID: "1044")))
        #expect(state.messages.current?.text.hasSuffix("Reading draft 1044 again to see what it holds.") == true)
        let held = OrderFixtures.book[0].items + [OrderFixtures.item("5103", "Zoom Pro", quantity: 1, price: 149.9)]
        _ = ConsoleReducer.reduce(&state, .itemsLoaded(account: "wl-demo", orderID: "1044", .success(held)))
        #expect(state.messages.current?.text == "The item was added after all: draft 1044 now has 3 lines.")
        #expect(state.lists.cartItems.count == 3)
    }

    @Test func anAddThatDidNotLandIsToldAsNotAdded() {
        var state = ConsoleFixture.withCart()
        _ = ConsoleReducer.reduce(&state, .itemAdded(account: "wl-demo", orderID: "1044", offerID: "ZOOM-PRO",
                                                     .failure(Self.reset)))
        _ = ConsoleReducer.reduce(&state, .itemsLoaded(account: "wl-demo", orderID: "1044", .success(OrderFixtures.book[0].items)))
        #expect(state.messages.current?.text == "The item was not added: draft 1044 has 2 lines.")
    }

    @Test func aDeleteAnsweredWithAnErrorIsCheckedToo() {
        var state = ConsoleFixture.withCart()
        let effects = ConsoleReducer.reduce(&state, .itemDeleted(account: "wl-demo", orderID: "1044", itemID: "5102",
                                                                 Self.reset))
        #expect(effects.contains(.loadItems(account: "wl-demo", orderID: "1044")))
        _ = ConsoleReducer.reduce(&state, .itemsLoaded(account: "wl-demo", orderID: "1044",
                                                       .success([OrderFixtures.book[0].items[0]])))
        #expect(state.messages.current?.text == "The item was deleted after all: draft 1044 now has 1 line.")
        _ = ConsoleReducer.reduce(&state, .itemsLoaded(account: "wl-demo", orderID: "1044",
                                                       .success([OrderFixtures.book[0].items[0]])))
        #expect(state.placement.unclearWrites.isEmpty, "told once")
    }

    @Test func aCancelAnsweredWithAnErrorIsCheckedAndToldAsItWent() {
        var state = ConsoleFixture.state()
        let effects = ConsoleReducer.reduce(&state, .cancelled(account: "wl-demo", orderID: "1038", .failure(Self.reset)))
        #expect(effects == [.loadOrder(account: "wl-demo", orderID: "1038")])
        #expect(state.messages.current?.text.hasSuffix("Reading order 1038 again to see what the provider holds.") == true)
        var cancelled = OrderFixtures.book.first { $0.id == "1038" }!
        cancelled.status = "Cancelled"
        cancelled.phase = .cancelled
        _ = ConsoleReducer.reduce(&state, .orderLoaded(account: "wl-demo", .success(cancelled)))
        #expect(state.messages.current?.text == "The cancel went through after all: order 1038 is now Cancelled.")

        _ = ConsoleReducer.reduce(&state, .cancelled(account: "wl-demo", orderID: "1035", .failure(.timedOut(detail: "no answer"))))
        _ = ConsoleReducer.reduce(&state, .orderLoaded(account: "wl-demo", .success(OrderFixtures.book.first { $0.id == "1035" }!)))
        #expect(state.messages.current?.text == "Order 1035 was not cancelled: it is still \(OrderFixtures.book.first { $0.id == "1035" }!.status).")
    }

    @Test func aRefusedCancelIsOnlySaid() {
        var state = ConsoleFixture.state()
        let effects = ConsoleReducer.reduce(&state, .cancelled(account: "wl-demo", orderID: "1038",
                                                               .failure(.conflict(detail: "the order is already provisioning"))))
        #expect(effects.isEmpty, "a refusal is a clear answer: nothing to read again")
        #expect(state.placement.unclearWrites.isEmpty)
    }

    @Test func anOperationAnsweredWithAnErrorIsCheckedToo() {
        var state = ConsoleFixture.state()
        let approve = OrderOperation(id: "approve", title: "Approve", summary: "Approve the order.")
        let effects = ConsoleReducer.reduce(&state, .operationPerformed(account: "wl-demo", orderID: "1036", approve,
                                                                        .failure(Self.reset)))
        #expect(effects == [.loadOrder(account: "wl-demo", orderID: "1036")])
        var approved = OrderFixtures.book.first { $0.id == "1036" }!
        approved.status = "Approved"
        _ = ConsoleReducer.reduce(&state, .orderLoaded(account: "wl-demo", .success(approved)))
        #expect(state.messages.current?.text == "Approve on 1036 went through after all: it is now Approved.")
    }
}
