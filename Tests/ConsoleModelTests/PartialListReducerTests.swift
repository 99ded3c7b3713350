import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing

/// A list with holes is shown with its holes named: the pane says how many orders were
/// unreadable, and the log names each problem once per run, not at every refresh.
@Suite struct PartialListReducerTests {
    private func list(degradedTotal reason: String) -> OrderList {
        var book = OrderFixtures.book
        book[0].degraded = ["Total": reason]
        return OrderList(orders: book, unreadable: [UnreadableOrder(id: "77", position: 4, reason: "Id: expected an id, got a list")])
    }

    @Test func thePaneIsMarkedAndEachProblemIsLoggedOnce() {
        var state = ConsoleFixture.state()
        for _ in 0..<3 {
            _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(list(degradedTotal: "not a number: \"x\"")),
                                                            at: OrderFixtures.now))
        }
        #expect(state.refresh.completeness?.mark == "1 order unreadable: :log for why, 1 page read")
        #expect(state.log.problems.map(\.subject) == ["order 77", "order \(OrderFixtures.book[0].id)"])
        #expect(state.log.problems[0].field == nil)
        #expect(state.log.problems[1].field == "Total")
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(list(degradedTotal: "expected a number, got a list")),
                                                        at: OrderFixtures.now))
        #expect(state.log.problems.count == 3, "a new reason for the same field is a new problem")
    }

    @Test func aFailedSideLookupIsLoggedOnceAndHoldsNothingBack() {
        var state = ConsoleFixture.state()
        let list = OrderList(orders: OrderFixtures.book, lookupFailures: ["price list (product names): Not found: month."])
        for _ in 0..<2 {
            _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(list), at: OrderFixtures.now))
        }
        #expect(state.log.problems.count == 1)
        #expect(state.log.problems.first?.isLookup == true)
        #expect(state.log.problems.first?.reason == "price list (product names): Not found: month.")
        #expect(state.lists.orders.count == OrderFixtures.book.count)
        #expect(state.refresh.completeness?.mark == "1 page read")
    }

    @Test func aWholeListLeavesOnlyThePagesRead() {
        var state = ConsoleFixture.state()
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(list(degradedTotal: "x")), at: OrderFixtures.now))
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: OrderFixtures.book)),
                                                        at: OrderFixtures.now))
        #expect(state.refresh.completeness?.mark == "1 page read")
    }

    @Test func skippedPagesAndAnEarlyStopAreMarkedToo() {
        let completeness = ListCompleteness(OrderList(orders: [], pages: PagesRead(read: 3, total: 5, skipped: [2, 4]),
                                                      stoppedEarly: "next link to another host"))
        #expect(completeness.mark == "2 pages skipped, list incomplete, 3 pages of 5 read")
    }
}
