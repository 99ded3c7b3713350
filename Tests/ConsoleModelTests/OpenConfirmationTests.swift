import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing

/// Refresh goes on under dialogs: the panes behind a confirmation keep moving, and a
/// confirmation whose order changed at the provider meanwhile is rebuilt with the change
/// shown, so Yes never answers for an order that no longer looks as it was shown.
@Suite struct OpenConfirmationTests {
    private func confirmation(_ state: ConsoleState) -> ConsoleModel.Confirmation? {
        if case .confirm(let confirmation) = state.dialog.modal { return confirmation }
        return nil
    }

    private func refresh(_ state: inout ConsoleState, changing id: String, _ change: (inout Order) -> Void) -> [Effect] {
        let book = OrderFixtures.book.map { order -> Order in
            var order = order
            if order.id == id { change(&order) }
            return order
        }
        return ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: book)),
                                                           at: OrderFixtures.now.addingTimeInterval(5)))
    }

    @Test func refreshGoesOnWhileADialogIsOpen() {
        var state = ConsoleFixture.withCart()
        ConsoleFixture.pressPlace(&state)
        #expect(confirmation(state) != nil)
        #expect(state.refreshInterval() == 2)
        #expect(ConsoleReducer.reduce(&state, .refreshDue) == [.refresh(account: "wl-demo")])
        _ = refresh(&state, changing: "1038") { $0.status = "Executed"; $0.phase = .completed }
        #expect(state.lists.order("1038")?.status == "Executed", "the panes behind the dialog moved")
    }

    @Test func anUnchangedRefreshLeavesTheQuestionAlone() {
        var state = ConsoleFixture.withCart()
        ConsoleFixture.pressPlace(&state)
        ConsoleFixture.press(&state, .char("l"))
        let asked = state.dialog.modal
        #expect(refresh(&state, changing: "1038") { $0.status = "Executed" }.isEmpty)
        #expect(state.dialog.modal == asked, "only a change of the order asked about rebuilds it")
    }

    @Test func aDraftChangedWhileItsConfirmationIsOpenIsReadAgainAndAskedAnew() throws {
        var state = ConsoleFixture.withCart()
        ConsoleFixture.pressPlace(&state)
        ConsoleFixture.press(&state, .char("l"))
        let effects = refresh(&state, changing: "1044") { $0.total = Money(amount: 379.8, currency: "EUR") }
        #expect(effects.filter { if case .rereadDraft = $0 { true } else { false } } == [.rereadDraft(account: "wl-demo", orderID: "1044")])
        let waiting = try #require(confirmation(state))
        #expect(waiting.changedWhileOpen == ["1044 changed at White-label while this was open:", "  total 230.00 EUR → 379.80 EUR", ""])
        #expect(!waiting.canConfirm && !waiting.yesSelected)
        #expect(ConsoleFixture.press(&state, .char("y")).isEmpty, "nothing is placed before the draft is read again")
        #expect(state.dialog.modal == nil)

        state = ConsoleFixture.withCart()
        ConsoleFixture.pressPlace(&state)
        _ = refresh(&state, changing: "1044") { $0.total = Money(amount: 379.8, currency: "EUR") }
        let extra = OrderFixtures.item("5103", "Zoom Pro", quantity: 1, price: 149.8)
        _ = ConsoleReducer.reduce(&state, .draftReread(account: "wl-demo", orderID: "1044",
                                                       .success(OrderFixtures.book[0].items + [extra])))
        let rebuilt = try #require(confirmation(state))
        #expect(rebuilt.canConfirm)
        #expect(rebuilt.changedWhileOpen == waiting.changedWhileOpen)
        #expect(rebuilt.lines.contains("White-label holds something else than the question before showed:"))
        #expect(rebuilt.lines.contains("  + Zoom Pro ×1, not shown before"))
        #expect(rebuilt.lines.contains { $0.hasPrefix("  Zoom Pro ×1") })
        #expect(state.placement.busy.isEmpty)
    }

    @Test func aQuestionAboutAnOrderThatTurnedFinalOffersOnlyBack() throws {
        var state = ConsoleFixture.state()
        state.account.capabilities.cancelOrder = true
        state.lists.selection[.status] = "1038"
        ConsoleFixture.press(&state, .char("x"))
        let asked = try #require(confirmation(state))
        #expect(asked.action == .cancelOrder(orderID: "1038"))
        _ = refresh(&state, changing: "1038") { $0.status = "Executed"; $0.phase = .completed }
        let rebuilt = try #require(confirmation(state))
        #expect(rebuilt.changedWhileOpen == ["1038 changed at White-label while this was open:", "  status Submitted → Executed",
                                             "It is Executed now: this can no longer go ahead. Go back.", ""])
        #expect(!rebuilt.canConfirm)
        #expect(rebuilt.lines == asked.lines, "the question itself is kept under the change")
        #expect(ConsoleFixture.press(&state, .char("y")).isEmpty)
    }

    @Test func theHeaderSaysSinceWhenRefreshingFails() {
        var state = ConsoleFixture.state()
        let first = OrderFixtures.now.addingTimeInterval(10)
        for offset in [10.0, 14, 22] {
            _ = ConsoleReducer.reduce(&state, .refreshDue)
            _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .failure(.unreachable(account: "wl-demo", detail: "down")),
                                                            at: OrderFixtures.now.addingTimeInterval(offset)))
        }
        #expect(state.refresh.failingSince == first)
        _ = ConsoleReducer.reduce(&state, .refreshDue)
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: OrderFixtures.book)),
                                                        at: OrderFixtures.now.addingTimeInterval(40)))
        #expect(state.refresh.failingSince == nil)
    }
}
