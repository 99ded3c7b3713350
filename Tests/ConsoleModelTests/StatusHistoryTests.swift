import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing

/// The detail view's status history, kept without an entry per unchanged order.
@Suite struct StatusHistoryTests {
    private let start = OrderFixtures.now

    private func refreshed(_ state: inout ConsoleState, _ orders: [Order], after seconds: Double) {
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: orders)),
                                                        at: start.addingTimeInterval(seconds)))
    }

    private func loaded() -> ConsoleState {
        var state = ConsoleState(account: AccountSummary(name: "wl-demo", provider: .whitelabel, capabilities: Capabilities(),
                                                         isSandbox: true),
                                 now: start)
        _ = ConsoleReducer.reduce(&state, .cacheLoaded(account: "wl-demo", orders: OrderFixtures.book, carts: [],
                                                       refreshedAt: start))
        return state
    }

    @Test func anOrderFromTheFirstListIsSeenInItsStatusSinceThen() throws {
        let state = loaded()
        let order = try #require(state.lists.order("1038"))
        #expect(state.lookups.history.seen(order) == [StatusChange(status: order.status, phase: order.phase, seenAt: start)])
    }

    @Test func aChangeIsAddedAfterTheStatusItWasListedIn() throws {
        var state = loaded()
        var book = OrderFixtures.book
        let index = try #require(book.firstIndex { $0.id == "1038" })
        let before = book[index]
        book[index].status = "Completed"
        book[index].phase = .completed
        refreshed(&state, book, after: 30)
        refreshed(&state, book, after: 60)
        #expect(state.lookups.history.seen(book[index]) == [
            StatusChange(status: before.status, phase: before.phase, seenAt: start),
            StatusChange(status: "Completed", phase: .completed, seenAt: start.addingTimeInterval(30)),
        ])
    }

    @Test func anOrderListedLaterIsSeenFromWhenItAppeared() {
        var state = loaded()
        var book = OrderFixtures.book
        var newer = book[0]
        newer.id = "2001"
        book.insert(newer, at: 0)
        refreshed(&state, book, after: 45)
        #expect(state.lookups.history.seen(newer) == [StatusChange(status: newer.status, phase: newer.phase,
                                                           seenAt: start.addingTimeInterval(45))])
    }

    @Test func nothingIsSeenBeforeTheFirstList() {
        let state = ConsoleState(account: AccountSummary(name: "wl-demo", provider: .whitelabel, capabilities: Capabilities(),
                                                         isSandbox: true),
                                 now: start)
        #expect(state.lookups.history.seen(OrderFixtures.book[0]).isEmpty)
    }
}
