import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing

@Suite struct PlacementReducerTests {

    @Test func newDraftPicksACustomerThenCreates() {
        var state = ConsoleFixture.state()
        #expect(ConsoleFixture.press(&state, .char("n")) == [.loadCustomers(account: "wl-demo")])
        guard case .picker(let loading) = state.dialog.modal else { Issue.record("no picker"); return }
        #expect(loading.entries == nil)
        _ = ConsoleReducer.reduce(&state, .customersLoaded(account: "wl-demo", .success(OrderFixtures.customers)))
        ConsoleFixture.press(&state, .char("b"), .char("e"))
        guard case .picker(let filtered) = state.dialog.modal else { Issue.record("no picker"); return }
        #expect(filtered.visible.map(\.label) == ["Beta Logistics"])
        #expect(ConsoleFixture.press(&state, .enter) == [.createDraft(account: "wl-demo", customerID: "1002")])
        #expect(state.placement.busy == ["Creating a draft"])
        let draft = OrderFixtures.order("1050", customer: "Beta Logistics", status: "Draft", phase: .draft, hoursAgo: 0,
                                        expiresInHours: 168)
        _ = ConsoleReducer.reduce(&state, .draftCreated(account: "wl-demo", .success(draft)))
        #expect(state.lists.cartOrderID == "1050")
        #expect(state.lists.focus == .cart)
        #expect(state.placement.busy.isEmpty)
        #expect(state.lists.drafts.first?.id == "1050")
        #expect(ConsoleFixture.press(&state, .char("n")).isEmpty)
    }

    @Test func pickerEscapeChangesNothing() {
        var state = ConsoleFixture.state()
        ConsoleFixture.press(&state, .char("n"))
        #expect(ConsoleFixture.press(&state, .escape).isEmpty)
        #expect(state.dialog.modal == nil)
        #expect(state.lists.cartOrderID == nil)
    }

    @Test func addingNeedsACartAndSaysHowToGetOne() {
        var state = ConsoleFixture.state()
        #expect(ConsoleFixture.press(&state, .char("a")).isEmpty)
        #expect(state.messages.current?.text == "No cart: press n for a new one, or ↵ on a draft to make it the cart.")
    }

    @Test func addingPicksAnOfferThenAQuantity() {
        var state = ConsoleFixture.withCart()
        #expect(ConsoleFixture.press(&state, .char("a")) == [.loadOffers(account: "wl-demo")])
        _ = ConsoleReducer.reduce(&state, .offersLoaded(account: "wl-demo", .success(OrderFixtures.offers)))
        let zoom = OrderFixtures.offers[2]
        #expect(ConsoleFixture.press(&state, .down, .down, .enter)
                == [.loadForm(account: "wl-demo", .newLine(cartID: "1044", offer: zoom))])
        _ = ConsoleReducer.reduce(&state, .formLoaded(account: "wl-demo", .newLine(cartID: "1044", offer: zoom),
                                                      .success([]), quantityKey: nil))
        guard case .quantity(let prompt) = state.dialog.modal else { Issue.record("no quantity prompt"); return }
        #expect(prompt.offer.id == "ZOOM-PRO")
        ConsoleFixture.press(&state, .backspace, .char("0"), .char("x"), .enter)
        guard case .quantity(let refused) = state.dialog.modal else { Issue.record("a zero quantity was accepted"); return }
        #expect(refused.error == "Enter a whole number from 1 to 100000.")
        let effects = ConsoleFixture.press(&state, .char("1"), .char("2"), .enter)
        #expect(effects == [.addItem(account: "wl-demo", orderID: "1044", offerID: "ZOOM-PRO", quantity: 12)])
        let item = OrderFixtures.item("5103", "Zoom Pro", quantity: 12, price: Decimal(string: "149.90"))
        let after = ConsoleReducer.reduce(&state, .itemAdded(account: "wl-demo", orderID: "1044", offerID: item.offerID, .success(item)))
        #expect(after == [.refresh(account: "wl-demo")])
        #expect(state.lists.cartItems.map(\.id) == ["5101", "5102", "5103"])
        #expect(state.lists.selectedID(.cart) == "5103")
    }

    @Test func deletingAnItemAsksWithNoAsTheDefault() {
        var state = ConsoleFixture.withCart()
        ConsoleFixture.press(&state, .char("j"), .char("d"))
        guard case .confirm(let question) = state.dialog.modal else { Issue.record("no confirmation"); return }
        #expect(!question.yesSelected)
        #expect(question.lines.first == "Removes Azure plan ×1 (0.00 EUR)")
        #expect(ConsoleFixture.press(&state, .enter).isEmpty)
        #expect(state.lists.cartItems.count == 2)
        ConsoleFixture.press(&state, .char("d"))
        #expect(ConsoleFixture.press(&state, .char("y")) == [.deleteItem(account: "wl-demo", orderID: "1044", itemID: "5102")])
        let reload = ConsoleReducer.reduce(&state, .itemDeleted(account: "wl-demo", orderID: "1044", itemID: "5102", nil))
        #expect(state.lists.cartItems.map(\.id) == ["5101"])
        #expect(reload == [.loadItems(account: "wl-demo", orderID: "1044")])
    }

    @Test func placingShowsItemsAndTotalAndDefaultsToNo() {
        var state = ConsoleFixture.withCart()
        ConsoleFixture.pressPlace(&state)
        guard case .confirm(let question) = state.dialog.modal else { Issue.record("no confirmation"); return }
        #expect(question.title == "Place order 1044?")
        #expect(question.lines.contains("  Microsoft 365 E3 ×10  230.00 EUR"))
        #expect(question.lines.contains("  Total  230.00 EUR"))
        #expect(ConsoleFixture.press(&state, .escape).isEmpty)
        ConsoleFixture.pressPlace(&state)
        #expect(ConsoleFixture.press(&state, .right, .left, .enter).isEmpty)
        ConsoleFixture.pressPlace(&state)
        let effects = ConsoleFixture.press(&state, .right, .enter)
        #expect(effects == [.place(account: "wl-demo", orderID: "1044", content: "MICROSOFT-365-E3×10,AZURE-PLAN×1")])
        #expect(state.placement.busy == ["Placing order 1044"])
    }

    @Test func placingWaitsForTheJournalCheckAndNeedsItems() {
        var state = ConsoleFixture.state(loaded: false)
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: OrderFixtures.book)), at: OrderFixtures.now))
        ConsoleFixture.press(&state, .backTab, .enter); ConsoleFixture.pressPlace(&state)
        #expect(state.dialog.modal == nil)
        #expect(state.messages.current?.text.hasPrefix("Still checking unfinished placements") == true)
        _ = ConsoleReducer.reduce(&state, .journalReconciled(account: "wl-demo", .success([])))
        _ = ConsoleReducer.reduce(&state, .itemsLoaded(account: "wl-demo", orderID: "1044", .success([])))
        ConsoleFixture.pressPlace(&state)
        #expect(state.dialog.modal == nil)
        #expect(state.messages.current?.text == "Draft 1044 has no items: press a to add one first.")
    }

    @Test func aPlacedOrderMovesToStatusAndLeavesTheCart() {
        var state = ConsoleFixture.withCart()
        ConsoleFixture.place(&state)
        var placed = OrderFixtures.book[0]
        placed.status = "Submitted"
        placed.phase = .processing
        let effects = ConsoleReducer.reduce(&state, .placed(account: "wl-demo", orderID: "1044", .success(placed)))
        #expect(effects == [.loadItems(account: "wl-demo", orderID: "1044")])
        #expect(state.lists.cartOrderID == nil)
        #expect(state.lists.focus == .status)
        #expect(state.lists.selectedID(.status) == "1044")
        #expect(state.lists.placed.map(\.id).contains("1044"))
        #expect(state.placement.busy.isEmpty)
        #expect(state.refreshInterval() == 2)
    }

    @Test func aRefusedPlacementKeepsTheDraftAndSaysWhy() {
        var state = ConsoleFixture.withCart()
        ConsoleFixture.place(&state)
        let effects = ConsoleReducer.reduce(&state, .placed(account: "wl-demo", orderID: "1044",
                                                            .failure(.conflict(detail: "Order 1044 is Submitted"))))
        #expect(effects == [.refresh(account: "wl-demo")])
        #expect(state.lists.cartOrderID == "1044")
        #expect(state.messages.current?.text == "Refused by the provider: Order 1044 is Submitted.")
    }
}
