import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing

/// `x` on an Adility order: an active (completed) order can still be cancelled, and in Items
/// each voucher is cancelled on its own, after a confirmation; the item above its vouchers
/// and a voucher already cancelled say why not.
@Suite struct VoucherCancelTests {
    static let capabilities = Capabilities(cancelOrder: true, cancelItem: true, cancelItemPartsOnly: true, cancelCompleted: true,
                                           customerList: false)

    static func order() -> Order {
        var order = OrderFixtures.order("73121", customer: "Ada Lovelace", status: "active", phase: .completed, hoursAgo: 2)
        order.provider = .adility
        order.account = "adility-demo"
        order.items = [OrderItem(id: "73121-1", offerID: "deal-sf-spa", name: "Half-price spa day", quantity: 2,
                                 unitPrice: Money(amount: 45, currency: "USD"), status: "1 acquired, 1 cancelled",
                                 phase: .completed, parts: [
                                     OrderItem(id: "V-1", offerID: "deal-sf-spa", name: "voucher V-1",
                                               quantity: 1, unitPrice: nil, status: "acquired", phase: .completed,
                                               parentID: "73121-1"),
                                     OrderItem(id: "V-2", offerID: "deal-sf-spa", name: "voucher V-2",
                                               quantity: 1, unitPrice: nil, status: "cancelled", phase: .cancelled,
                                               parentID: "73121-1"),
                                 ]),
                       OrderItem(id: "73121-2", offerID: "coupon-sf-pastry", name: "Free pastry", quantity: 1,
                                 unitPrice: Money(amount: 0, currency: "USD"), status: "active", phase: .completed)]
        return order
    }

    static func state(_ capabilities: Capabilities = capabilities, order: Order = order()) -> ConsoleState {
        var state = ConsoleState(account: AccountSummary(name: "adility-demo", provider: .adility,
                                                         capabilities: capabilities, isSandbox: true),
                                 now: OrderFixtures.now)
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "adility-demo", .success(OrderList(orders: [order])),
                                                        at: OrderFixtures.now))
        _ = ConsoleReducer.reduce(&state, .journalReconciled(account: "adility-demo", .success([])))
        return state
    }

    @Test func anActiveOrderCanBeCancelledWhereTheProviderSaysSo() {
        var state = Self.state()
        #expect(state.lists.focus == .status)
        #expect(Availability.now(.cancel, in: state).isAvailable)
        ConsoleFixture.press(&state, .char("x"))
        guard case .confirm(let confirmation) = state.dialog.modal else { Issue.record("no confirmation"); return }
        #expect(confirmation.title == "Cancel order 73121?")
        #expect(ConsoleFixture.press(&state, .char("y")) == [.cancelOrder(account: "adility-demo", orderID: "73121")])

        var without = Self.capabilities
        without.cancelCompleted = false
        #expect(Availability.now(.cancel, in: Self.state(without)).reason?.message(for: .cancel)
            == "Order 73121 is active: there is nothing left to cancel.")
    }

    @Test func theItemsPaneListsEachVoucherUnderItsItem() {
        var state = Self.state()
        ConsoleFixture.press(&state, .tab)
        #expect(state.lists.focus == .items)
        #expect(state.lists.rowIDs(.items) == ["73121-1", "V-1", "V-2", "73121-2"])
    }

    @Test func aVoucherIsCancelledOnItsOwnAfterAConfirmation() {
        var state = Self.state()
        ConsoleFixture.press(&state, .tab, .down)
        #expect(state.lists.selectedID(.items) == "V-1")
        ConsoleFixture.press(&state, .char("x"))
        guard case .confirm(let confirmation) = state.dialog.modal else { Issue.record("no confirmation"); return }
        #expect(confirmation.title == "Cancel voucher V-1?")
        #expect(confirmation.lines == ["Cancels voucher V-1 of Half-price spa day", "in order 73121 on adility-demo.",
                                       "It stops working at once, sent to the consumer or not;", "the rest of the order stays."])
        #expect(ConsoleFixture.press(&state, .char("n")).isEmpty, "No sends nothing")
        #expect(state.dialog.modal == nil)
        ConsoleFixture.press(&state, .char("x"))
        #expect(ConsoleFixture.press(&state, .char("y"))
            == [.cancelItem(account: "adility-demo", orderID: "73121", itemID: "V-1")])
    }

    @Test func theItemACancelledVoucherAndACouponSayWhyNot() {
        var state = Self.state()
        ConsoleFixture.press(&state, .tab)
        #expect(state.lists.selectedID(.items) == "73121-1")
        #expect(ConsoleFixture.press(&state, .char("x")).isEmpty)
        #expect(state.dialog.modal == nil)
        #expect(state.messages.current?.text
            == "Half-price spa day is cancelled one part at a time: select one of the lines under it (x in Status cancels the whole order).")
        ConsoleFixture.press(&state, .down, .down)
        #expect(state.lists.selectedID(.items) == "V-2")
        #expect(ConsoleFixture.press(&state, .char("x")).isEmpty)
        #expect(state.messages.current?.text == "Voucher V-2 is cancelled: there is nothing left to cancel.")
        ConsoleFixture.press(&state, .down)
        #expect(state.lists.selectedID(.items) == "73121-2")
        #expect(ConsoleFixture.press(&state, .char("x")).isEmpty)
        #expect(state.dialog.modal == nil)
        #expect(state.messages.current?.text == "Free pastry has nothing to cancel on its own: x in Status cancels the whole order.")
    }

    @Test func aRedeemedVoucherSaysWhenItWasRedeemedAndNeverAsks() {
        var order = Self.order()
        let redeemedAt = Date(timeIntervalSince1970: 1_791_109_800)
        order.items[0].parts.append(OrderItem(id: "V-3", offerID: "deal-sf-spa", name: "voucher V-3", quantity: 1,
                                              unitPrice: nil, status: "redeemed", phase: .completed,
                                              parentID: "73121-1", redemption: Redemption(at: redeemedAt)))
        var state = Self.state(order: order)
        ConsoleFixture.press(&state, .tab, .down, .down, .down)
        #expect(state.lists.selectedID(.items) == "V-3")
        let part = order.items[0].parts[2]
        #expect(Availability.now(.cancel, in: state) == .unavailable(.partRedeemed(part, Redemption(at: redeemedAt))))
        #expect(ConsoleFixture.press(&state, .char("x")).isEmpty)
        #expect(state.dialog.modal == nil, "the confirmation is never opened")
        #expect(state.messages.current?.text == "Voucher V-3 was redeemed on 2026-10-04: it cannot be cancelled.")

        order.items[0].parts[2].redemption = Redemption(at: nil)
        state = Self.state(order: order)
        ConsoleFixture.press(&state, .tab, .down, .down, .down, .char("x"))
        #expect(state.dialog.modal == nil)
        #expect(state.messages.current?.text == "Voucher V-3 was redeemed: it cannot be cancelled.")
        ConsoleFixture.press(&state, .up, .up, .char("x"))
        #expect(state.lists.selectedID(.items) == "V-1")
        guard case .confirm = state.dialog.modal else { Issue.record("an acquired voucher is still offered"); return }
    }

    @Test func theAnswerNamesTheVoucherThatWasCancelledOrTheOrder() {
        var state = Self.state()
        var answered = Self.order()
        answered.items[0].parts[0].status = "cancelled"
        answered.items[0].parts[0].phase = .cancelled
        _ = ConsoleReducer.reduce(&state, .cancelled(account: "adility-demo", orderID: "73121", .success(answered)))
        #expect(state.messages.current?.text == "Voucher V-1 of order 73121 is now cancelled.")
        #expect(state.lists.order("73121")?.items[0].parts[0].phase == .cancelled)
        answered.status = "cancelled"
        answered.phase = .cancelled
        _ = ConsoleReducer.reduce(&state, .cancelled(account: "adility-demo", orderID: "73121", .success(answered)))
        #expect(state.messages.current?.text == "73121 is now cancelled.")
    }
}
