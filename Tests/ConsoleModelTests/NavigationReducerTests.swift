import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing

@Suite struct NavigationReducerTests {
    @Test func startLoadsTheCacheThenRefreshes() {
        let state = ConsoleFixture.state(loaded: false)
        #expect(ConsoleReducer.start(state) == [.loadCache(account: "wl-demo"), .refresh(account: "wl-demo")])
    }

    @Test func firstGoodRefreshSplitsTheBookAndChecksTheJournalOnce() {
        var state = ConsoleFixture.state(loaded: false)
        let effects = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: OrderFixtures.book)),
                                                                   at: OrderFixtures.now))
        #expect(state.lists.drafts.map(\.id) == ["1044", "1043"])
        #expect(state.lists.placed.map(\.id) == ["1038", "1035", "1034", "1036", "1037"])
        #expect(state.lists.itemsOrderID == "1038")
        #expect(effects == [.loadItems(account: "wl-demo", orderID: "1038"), .reconcileJournal(account: "wl-demo")])
        #expect(state.placement.journalCheck == .running)
        let again = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: OrderFixtures.book)),
                                                                 at: OrderFixtures.now))
        #expect(!again.contains(.reconcileJournal(account: "wl-demo")))
        #expect(state.refresh.last == OrderFixtures.now)
    }

    @Test func tabCyclesThePanesBothWays() {
        var state = ConsoleFixture.state()
        #expect(state.lists.focus == .status)
        ConsoleFixture.press(&state, .tab)
        #expect(state.lists.focus == .items)
        ConsoleFixture.press(&state, .tab)
        #expect(state.lists.focus == .cart)
        ConsoleFixture.press(&state, .backTab, .backTab)
        #expect(state.lists.focus == .status)
    }

    @Test func movingIsClampedAndPagesByTheViewport() {
        var state = ConsoleFixture.state()
        _ = ConsoleReducer.reduce(&state, .viewport(rowsPerPane: 2))
        ConsoleFixture.press(&state, .char("j"))
        #expect(state.lists.selectedID(.status) == "1035")
        ConsoleFixture.press(&state, .down, .down)
        #expect(state.lists.selectedID(.status) == "1036")
        ConsoleFixture.press(&state, .pageDown, .pageDown)
        #expect(state.lists.selectedID(.status) == "1037")
        ConsoleFixture.press(&state, .char("k"), .up)
        #expect(state.lists.selectedID(.status) == "1034")
        ConsoleFixture.press(&state, .char("g"))
        #expect(state.lists.selectedID(.status) == "1038")
        ConsoleFixture.press(&state, .char("k"))
        #expect(state.lists.selectedID(.status) == "1038")
        ConsoleFixture.press(&state, .char("G"))
        #expect(state.lists.selectedID(.status) == "1037")
        ConsoleFixture.press(&state, .pageUp)
        #expect(state.lists.selectedID(.status) == "1034")
    }

    @Test func itemsFollowTheSelectionAndLoadOnce() {
        var state = ConsoleFixture.state()
        let effects = ConsoleFixture.press(&state, .char("j"))
        #expect(state.lists.itemsOrderID == "1035")
        #expect(effects == [.loadItems(account: "wl-demo", orderID: "1035")])
        _ = ConsoleReducer.reduce(&state, .itemsLoaded(account: "wl-demo", orderID: "1035", .success([])))
        ConsoleFixture.press(&state, .char("k"))
        #expect(ConsoleFixture.press(&state, .char("j")).isEmpty)
    }

    @Test func selectionStaysOnTheSameOrderAcrossReloads() {
        var state = ConsoleFixture.state()
        ConsoleFixture.press(&state, .char("j"), .char("j"))
        #expect(state.lists.selectedID(.status) == "1034")
        let newer = OrderFixtures.order("1050", status: "Submitted", phase: .processing, hoursAgo: 0.1)
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: [newer] + OrderFixtures.book)),
                                                        at: OrderFixtures.now))
        #expect(state.lists.placed.first?.id == "1050")
        #expect(state.lists.selectedID(.status) == "1034")
    }

    @Test func enterOnADraftMakesItTheCart() {
        var state = ConsoleFixture.state()
        ConsoleFixture.press(&state, .backTab)
        #expect(state.lists.focus == .drafts)
        ConsoleFixture.press(&state, .char("j"))
        let effects = ConsoleFixture.press(&state, .enter)
        #expect(state.lists.cartOrderID == "1043")
        #expect(state.lists.focus == .cart)
        #expect(effects == [.loadItems(account: "wl-demo", orderID: "1043")])
    }

    /// The raw payload scrolls sideways eight columns a step, no further than the last frame
    /// measured its widest line to go, nor before its start; the rows stay where they were.
    @Test func theDetailScrollsItsPayloadSidewaysWithinWhatTheFrameMeasured() {
        var state = ConsoleFixture.state()
        ConsoleFixture.press(&state, .enter, .char("j"), .right, .right, .right)
        #expect(state.dialog.modal == .detail(orderID: "1038", scroll: 1, column: 24), "before a frame, nothing to stop at")
        _ = ConsoleReducer.reduce(&state, .dialogMeasured(ViewExtent(bottom: 30, right: 20)))
        #expect(state.dialog.modal == .detail(orderID: "1038", scroll: 1, column: 20), "the measurement brings it back")
        ConsoleFixture.press(&state, .left, .char("l"), .right)
        #expect(state.dialog.modal == .detail(orderID: "1038", scroll: 1, column: 20))
        ConsoleFixture.press(&state, .left, .char("h"), .left, .left)
        #expect(state.dialog.modal == .detail(orderID: "1038", scroll: 1, column: 0))
        _ = ConsoleReducer.reduce(&state, .dialogMeasured(ViewExtent(bottom: 30, right: 0)))
        ConsoleFixture.press(&state, .right)
        #expect(state.dialog.modal == .detail(orderID: "1038", scroll: 1, column: 0), "a payload that fits does not move")
    }

    @Test func enterOnAPlacedOrderOpensTheDetailAndLoadsIt() {
        var state = ConsoleFixture.state()
        let effects = ConsoleFixture.press(&state, .enter)
        #expect(state.dialog.modal == .detail(orderID: "1038", scroll: 0))
        #expect(effects == [.loadOrder(account: "wl-demo", orderID: "1038"), .loadDetails(account: "wl-demo", orderID: "1038")])
        ConsoleFixture.press(&state, .char("j"), .char("j"), .pageDown)
        #expect(state.dialog.modal == .detail(orderID: "1038", scroll: 7))
        ConsoleFixture.press(&state, .escape)
        #expect(state.dialog.modal == nil)
    }

    @Test func helpScrollsWithTheListKeysAndClosesOnEscOrItsOwnKey() {
        var state = ConsoleFixture.state()
        let bottom = 30
        ConsoleFixture.press(&state, .char("?"))
        #expect(state.dialog.modal == .help(scroll: 0))
        _ = ConsoleReducer.reduce(&state, .dialogMeasured(ViewExtent(bottom: bottom)))
        ConsoleFixture.press(&state, .pageDown, .char("j"))
        #expect(state.dialog.modal == .help(scroll: state.rowsPerPane + 1))
        ConsoleFixture.press(&state, .char("G"))
        #expect(state.dialog.modal == .help(scroll: bottom))
        ConsoleFixture.press(&state, .end, .char("x"), .char("j"))
        #expect(state.dialog.modal == .help(scroll: bottom), "never past the end; other keys do nothing")
        ConsoleFixture.press(&state, .home)
        #expect(state.dialog.modal == .help(scroll: 0))
        ConsoleFixture.press(&state, .escape)
        #expect(state.dialog.modal == nil)
        ConsoleFixture.press(&state, .char("?"), .char("?"))
        #expect(state.dialog.modal == nil)
    }

    @Test func quitAsksTheLoopToStop() {
        var state = ConsoleFixture.state()
        #expect(ConsoleFixture.press(&state, .char("q")) == [.quit])
        #expect(state.shouldQuit)
    }
}
