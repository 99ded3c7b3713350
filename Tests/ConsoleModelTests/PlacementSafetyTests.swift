import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Placement
import Store
import Testing

/// Placing never buys twice: an unanswered placement is checked with the provider before
/// anything else is placed, and a placement in flight cannot be started again.
@Suite struct PlacementSafetyTests {

    @Test func anUnansweredPlacementIsCheckedBeforeAnythingIsPlacedAgain() {
        var state = ConsoleFixture.withCart()
        ConsoleFixture.place(&state)
        let effects = ConsoleReducer.reduce(&state, .placed(account: "wl-demo", orderID: "1044",
                                                            .failure(.timedOut(detail: "no answer"))))
        #expect(effects == [.refresh(account: "wl-demo")])
        #expect(state.placement.journalCheck == .pending)
        ConsoleFixture.pressPlace(&state)
        #expect(state.dialog.modal == nil)
        #expect(state.messages.current?.text.hasPrefix("Still checking unfinished placements") == true)
        let next = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: OrderFixtures.book)), at: OrderFixtures.now))
        #expect(next.contains(.reconcileJournal(account: "wl-demo")))
    }

    @Test func aPlacementThatMayStillLandKeepsPlacingWaitingAndIsAskedAgain() {
        var state = ConsoleFixture.withCart()
        _ = ConsoleReducer.reduce(&state, .placed(account: "wl-demo", orderID: "1044", .failure(.timedOut(detail: "no answer"))))
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: OrderFixtures.book)), at: OrderFixtures.now))
        _ = ConsoleReducer.reduce(&state, .journalReconciled(account: "wl-demo",
                                                             .success([JournalEntryFixture.entry(key: "1044", outcome: nil)])))
        #expect(state.placement.journalCheck == .pending)
        #expect(state.messages.current?.text.contains("may still reach White-label") == true)
        ConsoleFixture.pressPlace(&state)
        #expect(state.dialog.modal == nil)
        let next = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: OrderFixtures.book)), at: OrderFixtures.now))
        #expect(next.contains(.reconcileJournal(account: "wl-demo")))
    }

    /// An Adobe return or MPT change order is journaled like a placement: a lost answer is
    /// checked with the provider first; an edit in place (notes) needs no check.
    @Test func anUnansweredOrderCreatingOperationIsCheckedLikeAPlacement() {
        var state = ConsoleFixture.state()
        #expect(state.placement.journalCheck == .done)
        _ = ConsoleReducer.reduce(&state, .operationPerformed(account: "wl-demo", orderID: "1034", FormFixtures.notes,
                                                              .failure(.timedOut(detail: "no answer"))))
        #expect(state.placement.journalCheck == .done)
        let effects = ConsoleReducer.reduce(&state, .operationPerformed(account: "wl-demo", orderID: "1034", FormFixtures.adobeReturn,
                                                                        .failure(.timedOut(detail: "no answer"))))
        #expect(effects == [.refresh(account: "wl-demo")])
        #expect(state.placement.journalCheck == .pending)
        #expect(state.messages.current?.text.contains("whether the return lines created an order") == true)
        _ = ConsoleReducer.reduce(&state, .journalReconciled(account: "wl-demo", .success([
            JournalEntryFixture.entry(key: "oc-1", outcome: .notPlaced, intent: "operation:return"),
        ])))
        #expect(state.placement.journalCheck == .done)
        #expect(state.messages.current?.text.hasPrefix("The return asked at") == true)
        #expect(state.messages.current?.text.contains("choose it again with o") == true)
    }

    @Test func aRefusalNeedsNoCheck() {
        var state = ConsoleFixture.withCart()
        ConsoleFixture.place(&state)
        _ = ConsoleReducer.reduce(&state, .placed(account: "wl-demo", orderID: "1044", .failure(.conflict(detail: "no"))))
        #expect(state.placement.journalCheck == .done)
    }

    @Test func aPlacementInFlightCannotBeStartedAgain() {
        var state = ConsoleFixture.withCart()
        ConsoleFixture.place(&state)
        #expect(ConsoleFixture.pressPlace(&state).isEmpty)
        #expect(state.dialog.modal == nil)
        #expect(state.messages.current?.text == "Placing order 1044 is still under way; wait for its answer.")
    }

    @Test func aLatePriceNeverTakesOverAnotherDialog() {
        var state = ConsoleFixture.withCart()
        state.account.capabilities.previewPrice = true
        ConsoleFixture.pressPlace(&state); ConsoleFixture.press(&state, .char("?"))
        let quote = Quote(lines: [], total: Money(amount: 230, currency: "EUR"))
        _ = ConsoleReducer.reduce(&state, .quoteLoaded(account: "wl-demo", subject: "1044", .success(quote)))
        #expect(state.dialog.modal == .help(scroll: 0))
        #expect(state.messages.current?.text == "The price for draft 1044 is ready: press p again to see it.")
    }

    @Test func switchingBackKeepsTheLogThemesAndTheCheckedJournal() {
        var state = ConsoleFixture.state()
        state.accounts.append(AccountSummary(name: "adobe-demo", provider: .adobe, capabilities: Capabilities(), isSandbox: true))
        state.themeNames = ["default", "mono"]
        _ = ConsoleReducer.reduce(&state, .apiCall(RequestRecord(time: OrderFixtures.now, account: "wl-demo", method: "GET",
                                                                 path: "/api/orders", status: 200, duration: 0.01)))
        _ = ConsoleReducer.reduce(&state, .switchAccount("adobe-demo"))
        #expect(state.placement.journalCheck == .pending)
        _ = ConsoleReducer.reduce(&state, .switchAccount("wl-demo"))
        #expect(state.placement.journalCheck == .done)
        #expect(state.log.events.count == 1)
        #expect(state.themeNames == ["default", "mono"])
    }

    @Test func onlyDefiniteRefusalsCloseAnIntent() async throws {
        let provider = FakeProvider()
        let store = try OrderStore()
        let runner = EffectRunner(providers: ["wl-demo": provider], store: store, send: { _ in })
        for error in [OrderError.malformedResponse(detail: "x"), .unexpected(detail: "x"), .serverFailure(status: 502, detail: "x")] {
            provider.failPlacement(with: error)
            _ = await runner.perform(.place(account: "wl-demo", orderID: "1044", content: EffectRunnerTests.content("1044")))
        }
        #expect(try store.openIntents(account: "wl-demo").count == 3)
        #expect(PlacementJournal.isRefusal(.rejected(detail: "x")))
        #expect(!PlacementJournal.isRefusal(.malformedResponse(detail: "x")))
    }
}
