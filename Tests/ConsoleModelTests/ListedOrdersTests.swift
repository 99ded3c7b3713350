import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Store
import Testing

/// The list panes keep their rows between keys (sorted once, filters narrowing earlier
/// results): whatever the edits, they must list exactly what filtering and sorting every
/// order from scratch would.
@Suite struct ListedOrdersTests {
    private static let customers = ["Acme GmbH", "Beta Logistics", "Contoso Retail", "Müller & Söhne"]
    private static let statuses: [(String, Phase)] = [("Executed", .completed), ("Failed", .failed), ("Draft", .draft),
                                                      ("Submitted", .processing), ("Cancelled", .cancelled)]

    /// Orders with repeated creation times (ties break by id), newest first as a refresh leaves them.
    private static func orders(_ count: Int) -> [Order] {
        (0..<count).map { serial in
            let (status, phase) = statuses[serial % statuses.count]
            return OrderFixtures.order(String(2000 + serial), customer: customers[serial % customers.count], status: status,
                                       phase: phase, hoursAgo: Double(serial / 3),
                                       items: [OrderFixtures.item("i\(serial)", serial % 2 == 0 ? "Azure plan" : "Office E\(serial % 7)",
                                                                  quantity: 1, price: 1)])
        }.sorted { $0.isNewer(than: $1) }
    }

    private static func state(_ orders: [Order]) -> ConsoleState {
        var state = ConsoleFixture.state(loaded: false)
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: orders)), at: OrderFixtures.now))
        return state
    }

    /// What a pane lists when every order is filtered and sorted from scratch.
    private static func expected(_ state: ConsoleState, _ pane: PaneID) -> [String] {
        let drafts = state.lists.localCarts.map { $0.asOrder(provider: .whitelabel) } + state.lists.orders.filter { $0.phase.isUnplaced }
        let placed = state.lists.orders.filter { !$0.phase.isUnplaced }
        var listed: [Order] = switch (pane, state.lists.stage) {
        case (.drafts, _), (_, .draft): drafts
        case (_, .confirmed): placed
        case (_, .all): drafts + placed
        }
        if pane == .status, let phase = state.lists.phaseFilter { listed = listed.filter { $0.phase == phase } }
        if let filter = state.lists.filters[pane] { listed = listed.filter(filter.matches) }
        return (state.lists.sorts[pane] ?? PaneSort()).sorted(listed).map(\.id)
    }

    private static func check(_ state: ConsoleState, sourceLocation: SourceLocation = #_sourceLocation) {
        for pane in [PaneID.drafts, .status] {
            #expect(state.lists.rowIDs(pane) == expected(state, pane), "\(pane)", sourceLocation: sourceLocation)
            #expect(state.lists.rowCount(pane) == expected(state, pane).count, sourceLocation: sourceLocation)
        }
    }

    @Test func typingAndDeletingAFilterListsWhatAFreshFilterWould() {
        var state = Self.state(Self.orders(300))
        for text in ["a", "ac", "acm", "acme", "acm", "ac", "e", "ex", "exe", "!exe", "!e", "!", "re:^20[01]", "re:(",
                     "MÜLLER", "müller &", "azure", "azure p", "2", "21", "215", "21", "e3", "office e3", "", "zzz"] {
            state.lists.filters[.status] = text.isEmpty ? nil : PaneFilter(text)
            state.lists.filters[.drafts] = text.isEmpty ? nil : PaneFilter(text)
            Self.check(state)
        }
    }

    @Test func sortStagePhaseAndNewOrdersListAgain() {
        var state = Self.state(Self.orders(120))
        state.lists.filters[.status] = PaneFilter("e")
        for sort in [PaneSort(field: .status), PaneSort(field: .id, descending: false), PaneSort(field: .date, descending: false), PaneSort()] {
            state.lists.sorts[.status] = sort
            state.lists.sorts[.drafts] = sort
            Self.check(state)
        }
        for stage in OrderStage.allCases {
            state.lists.stage = stage
            Self.check(state)
        }
        state.lists.phaseFilter = .failed
        Self.check(state)
        state.lists.orders = Array(state.lists.orders.reversed().prefix(50))
        Self.check(state)
        state.lists.localCarts = [LocalCart(id: "c0ffee", account: "wl-demo", customerID: "1001", customerName: "Acme GmbH",
                                      createdAt: OrderFixtures.now)]
        state.lists.stage = .all
        state.lists.phaseFilter = nil
        Self.check(state)
    }

    @Test func selectionMovesByRowAndFindsOrdersById() {
        var state = Self.state(Self.orders(60))
        let ids = state.lists.rowIDs(.status)
        ConsoleFixture.press(&state, .char("j"), .char("j"), .pageDown)
        #expect(state.lists.selectedID(.status) == ids[2 + state.rowsPerPane])
        ConsoleFixture.press(&state, .char("G"))
        #expect(state.lists.selectedIndex(.status) == ids.count - 1)
        #expect(state.lists.order(ids[7])?.id == ids[7])
        #expect(state.lists.listedOrder(.status, at: 3).id == ids[3])
        #expect(state.lists.widestListedID(.status, limit: 24) { $0 } == 4)
    }

    @Test func theFirstCachePageAsksForTheRestWhichArrivesInPages() throws {
        let orders = Self.orders(ConsoleState.firstCachePage + 40)
        var state = ConsoleFixture.state(loaded: false)
        let first = Array(orders.prefix(ConsoleState.firstCachePage))
        let effects = ConsoleReducer.reduce(&state, .cacheLoaded(account: "wl-demo", orders: first, carts: [], refreshedAt: nil))
        let cursor = CacheCursor(after: first.last!)
        #expect(effects.contains(.loadCachePage(account: "wl-demo", after: cursor, limit: 3 * ConsoleState.firstCachePage)))
        let rest = Array(orders.dropFirst(ConsoleState.firstCachePage))
        let more = ConsoleReducer.reduce(&state, .cachePageLoaded(account: "wl-demo", after: cursor, orders: rest, complete: true))
        #expect(more.isEmpty)
        #expect(state.lists.orders == orders)
        #expect(state.refresh.cacheCursor == nil)
        #expect(state.lookups.history.seen(orders.last!).count == 1)
    }

    @Test func aRefreshThatLandsFirstDropsTheRestOfTheCache() {
        let orders = Self.orders(ConsoleState.firstCachePage)
        var state = ConsoleFixture.state(loaded: false)
        _ = ConsoleReducer.reduce(&state, .cacheLoaded(account: "wl-demo", orders: orders, carts: [], refreshedAt: nil))
        let cursor = try! #require(state.refresh.cacheCursor)
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: OrderFixtures.book)), at: OrderFixtures.now))
        _ = ConsoleReducer.reduce(&state, .cachePageLoaded(account: "wl-demo", after: cursor, orders: Self.orders(3), complete: true))
        #expect(state.lists.orders.count == OrderFixtures.book.count)
    }
}
