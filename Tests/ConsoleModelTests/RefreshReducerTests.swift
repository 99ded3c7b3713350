import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing

@Suite struct RefreshReducerTests {
    @Test func oneRefreshInFlightAndLaterIdenticalRequestsAreDropped() {
        var state = ConsoleFixture.state()
        #expect(ConsoleReducer.reduce(&state, .refreshDue) == [.refresh(account: "wl-demo")])
        #expect(ConsoleReducer.reduce(&state, .refreshDue).isEmpty)
        #expect(ConsoleFixture.press(&state, .char("r")).isEmpty)
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: OrderFixtures.book)),
                                                        at: OrderFixtures.now))
        #expect(ConsoleFixture.press(&state, .char("r")) == [.refresh(account: "wl-demo")])
    }

    @Test func intervalIsFastWhileProcessingSlowWhenFinalAndGoesOnUnderADialog() {
        var state = ConsoleFixture.state()
        #expect(state.refreshInterval() == 2)
        let final = OrderFixtures.book.filter { $0.phase != .processing }
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: final)), at: OrderFixtures.now))
        #expect(state.refreshInterval() == 30)
        ConsoleFixture.press(&state, .char("?"))
        #expect(state.refreshInterval() == 30)
    }

    @Test func failuresBackOffTurnStaleAfterThreeAndRecover() {
        var state = ConsoleFixture.state()
        for expected in [4.0, 8, 16] {
            #expect(!state.isStale)
            _ = ConsoleReducer.reduce(&state, .refreshDue)
            _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo",
                                                            .failure(.unreachable(account: "wl-demo", detail: "down")),
                                                            at: OrderFixtures.now))
            #expect(state.refreshInterval() == expected)
        }
        #expect(state.isStale)
        #expect(state.messages.current?.kind == .error)
        #expect(state.messages.current?.text.contains("Cannot reach wl-demo") == true)
        #expect(state.lists.orders.count == OrderFixtures.book.count)
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: OrderFixtures.book)), at: OrderFixtures.now))
        #expect(!state.isStale)
        #expect(state.refreshInterval() == 2)
    }

    @Test func answersForAnotherAccountAreDiscarded() {
        var state = ConsoleFixture.state()
        let before = state
        #expect(ConsoleReducer.reduce(&state, .ordersLoaded(account: "other", .success(OrderList(orders: [])), at: OrderFixtures.now)).isEmpty)
        #expect(state == before)
    }

    @Test func aRefreshAskedBeforeADraftWasCreatedDoesNotDropItOrItsCart() {
        var state = ConsoleFixture.state()
        let asked = state.now
        _ = ConsoleReducer.reduce(&state, .tick(asked.addingTimeInterval(1)))
        let draft = OrderFixtures.order("1045", status: "Draft", phase: .draft, hoursAgo: 0)
        _ = ConsoleReducer.reduce(&state, .draftCreated(account: "wl-demo", .success(draft)))
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: OrderFixtures.book)), at: asked))
        #expect(state.lists.cartOrderID == "1045")
        #expect(state.lists.order("1045") != nil)
        #expect(state.messages.current?.text.hasPrefix("Draft 1045 created") == true)
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: OrderFixtures.book)),
                                                        at: asked.addingTimeInterval(2)))
        #expect(state.lists.order("1045") == nil, "a refresh asked after the draft was made is the truth")
    }

    @Test func statusChangesAreKeptAsHistory() {
        var state = ConsoleFixture.state()
        var book = OrderFixtures.book
        book[2].status = "Executed"
        book[2].phase = .completed
        let later = OrderFixtures.now.addingTimeInterval(5)
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: book)), at: later))
        #expect(state.lookups.history.seen(book[2]).map(\.status) == ["Submitted", "Executed"])
        #expect(state.lookups.history.seen(book[2]).last?.seenAt == later)
    }

    @Test func cachedDraftsPastTheirExpiryShowAsExpired() {
        var state = ConsoleFixture.state(loaded: false)
        let stale = OrderFixtures.order("1001", status: "Draft", phase: .draft, hoursAgo: 200, expiresInHours: -32)
        _ = ConsoleReducer.reduce(&state, .cacheLoaded(account: "wl-demo", orders: [stale], carts: [], refreshedAt: nil))
        #expect(state.lists.order("1001")?.phase == .expired)
    }

    @Test func toastsExpireWithTheClock() {
        var state = ConsoleFixture.state()
        ConsoleFixture.press(&state, .char("a"))
        #expect(state.messages.current != nil)
        _ = ConsoleReducer.reduce(&state, .tick(OrderFixtures.now.addingTimeInterval(60)))
        #expect(state.messages.current == nil)
    }

    @Test func unfinishedPlacementsAreReportedAfterTheCheck() {
        var state = ConsoleFixture.state(loaded: false)
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: OrderFixtures.book)), at: OrderFixtures.now))
        let lost = JournalEntryFixture.entry(key: "1043", outcome: .notPlaced)
        _ = ConsoleReducer.reduce(&state, .journalReconciled(account: "wl-demo", .success([lost])))
        #expect(state.placement.journalCheck == .done)
        #expect(state.messages.current?.text.contains("Order 1043 was NOT placed") == true)
    }
}
