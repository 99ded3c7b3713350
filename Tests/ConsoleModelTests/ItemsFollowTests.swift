import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing

/// The Items pane always shows the lines of the order selected in the focused pane, after
/// filters, sorts, refreshes and operations, and never keeps lines the provider changed.
@Suite struct ItemsFollowTests {
    @Test func aFilterMovesTheItemsPaneToTheFirstMatchingOrder() {
        var state = ConsoleFixture.state()
        #expect(state.lists.itemsOrderID == state.lists.selectedID(.status))
        let effects = ConsoleFixture.press(&state, .char("/"), .char("C"), .char("o"), .char("n"), .char("t"))
        #expect(state.lists.selectedID(.status) == "1035")
        #expect(state.lists.itemsOrderID == "1035")
        #expect(effects.contains(.loadItems(account: "wl-demo", orderID: "1035")))
    }

    @Test func sortingKeepsTheItemsPaneOnTheSelectedOrder() {
        var state = ConsoleFixture.state()
        ConsoleFixture.press(&state, .char("S"))
        #expect(state.lists.itemsOrderID == state.lists.selectedID(.status))
        ConsoleFixture.press(&state, .char("s"))
        #expect(state.lists.itemsOrderID == state.lists.selectedID(.status))
    }

    @Test func anOrderThatChangedAtTheProviderHasItsLinesReadAgain() {
        var state = ConsoleFixture.state()
        let shown = state.lists.itemsOrderID!
        _ = ConsoleReducer.reduce(&state, .itemsLoaded(account: "wl-demo", orderID: shown,
                                                       .success([OrderFixtures.item("1", "Old line", quantity: 1, price: 1)])))
        var changed = OrderFixtures.book
        let index = changed.firstIndex { $0.id == shown }!
        changed[index].updatedAt = OrderFixtures.now.addingTimeInterval(30)
        let effects = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: changed)),
                                                                  at: OrderFixtures.now.addingTimeInterval(60)))
        #expect(state.lists.items[shown] == nil)
        #expect(effects.contains(.loadItems(account: "wl-demo", orderID: shown)))
        _ = ConsoleReducer.reduce(&state, .itemsLoaded(account: "wl-demo", orderID: shown,
                                                       .success([OrderFixtures.item("1", "New line", quantity: 1, price: 1)])))
        let same = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: changed)),
                                                               at: OrderFixtures.now.addingTimeInterval(90)))
        #expect(same.isEmpty, "an unchanged order keeps its lines")
    }

    @Test func anOperationThatCreatesAnOrderDropsTheOriginalsLinesToo() {
        var state = ConsoleFixture.state()
        _ = ConsoleReducer.reduce(&state, .itemsLoaded(account: "wl-demo", orderID: "1034",
                                                       .success([OrderFixtures.item("1", "Line", quantity: 2, price: 1)])))
        let created = OrderFixtures.order("2001", status: "Completed", phase: .completed, hoursAgo: 0, total: -2)
        _ = ConsoleReducer.reduce(&state, .operationPerformed(account: "wl-demo", orderID: "1034", FormFixtures.adobeReturn,
                                                              .success(created)))
        #expect(state.lists.items["1034"] == nil)
        #expect(state.lists.itemsOrderID == "2001")
    }
}
