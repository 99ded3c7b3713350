import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing

/// Providers without server-side drafts (Adobe, Adility, Appxite): the cart lives in the
/// Store, and placing sends it in one request, priced first where the provider can.
@Suite struct LocalCartReducerTests {
    static let adobe = AccountSummary(name: "adobe-demo", provider: .adobe,
                                      capabilities: Capabilities(previewPrice: true, cancelOrder: true, returnOrder: true),
                                      isSandbox: true)
    static let adility = AccountSummary(name: "adility-demo", provider: .adility,
                                        capabilities: Capabilities(cancelOrder: true, customerList: false), isSandbox: true)

    private func state(_ account: AccountSummary = adobe) -> ConsoleState {
        var state = ConsoleState(account: account, accounts: [account, ConsoleFixture.state().account],
                                 now: OrderFixtures.now)
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: account.name, .success(OrderList(orders: [])), at: OrderFixtures.now))
        _ = ConsoleReducer.reduce(&state, .journalReconciled(account: account.name, .success([])))
        return state
    }

    private func cart(lines: [CartLine] = []) -> LocalCart {
        LocalCart(id: "0f1e2d3c4b5a69788796a5b4c3d2e1f0", account: "adobe-demo", customerID: "1005000000",
                  customerName: "Acme Corp", lines: lines, createdAt: OrderFixtures.now)
    }

    private let line = CartLine(id: "l1", offerID: "65304578CA01A12", name: "Acrobat Pro", quantity: 3,
                                unitPrice: Money(amount: Decimal(string: "19.99")!, currency: "USD"))

    /// A cart kept from an earlier run (the zero-config sandbox's file) is checked against
    /// the catalog when it becomes the cart: a line whose offer is gone is marked, not dropped.
    @Test func aKeptCartsLineWhoseOfferIsGoneIsMarkedNotDropped() {
        var state = state()
        let gone = CartLine(id: "l2", offerID: "RETIRED", name: "Retired offer", quantity: 1)
        _ = ConsoleReducer.reduce(&state, .cacheLoaded(account: "adobe-demo", orders: [], carts: [cart(lines: [line, gone])],
                                                       refreshedAt: nil))
        state.lists.focus = .drafts
        #expect(ConsoleFixture.press(&state, .enter) == [.loadOffers(account: "adobe-demo")])
        _ = ConsoleReducer.reduce(&state, .offersLoaded(account: "adobe-demo", .success([
            Offer(id: "65304578CA01A12", name: "Acrobat Pro", price: nil, billing: "annual")])))
        let items = state.lists.items(in: .cart)
        #expect(items.map(\.name) == ["Acrobat Pro", "Retired offer"])
        #expect(items.map { state.isNoLongerOffered($0, inCart: cart().id) } == [false, true])
        state.lists.focus = .drafts
        #expect(ConsoleFixture.press(&state, .enter).isEmpty, "the catalog is read once")
    }

    @Test func newCartSaysItStaysLocalAndIsCreatedByTheRunner() {
        var state = state()
        #expect(ConsoleFixture.press(&state, .char("n")) == [.loadCustomers(account: "adobe-demo")])
        #expect(state.messages.current?.text.contains("no drafts on the provider") == true)
        guard case .picker(let picker) = state.dialog.modal else { Issue.record("no customer picker"); return }
        #expect(picker.title == "New cart: choose the customer account", "the dialog says cart where the hint does")
        #expect(HelpLines.make(state).contains { $0.keys == "n" && $0.text == "new cart" })
        _ = ConsoleReducer.reduce(&state, .customersLoaded(account: "adobe-demo",
                                                           .success([Customer(id: "1005000000", name: "Acme Corp")])))
        #expect(ConsoleFixture.press(&state, .enter)
                == [.createLocalCart(account: "adobe-demo", customerID: "1005000000", customerName: "Acme Corp")])
        _ = ConsoleReducer.reduce(&state, .cartSaved(account: "adobe-demo", .success(cart()), note: "New cart"))
        #expect(state.lists.cartOrderID == cart().id)
        #expect(state.lists.drafts.map(\.phase) == [.cart])
        #expect(state.lists.focus == .cart)
    }

    @Test func providersWithoutACustomerListAskForANameAndNeverLoadOne() {
        var state = state(Self.adility)
        #expect(!ConsoleFixture.press(&state, .char("n")).contains { if case .loadCustomers = $0 { true } else { false } })
        guard case .text = state.dialog.modal else { Issue.record("no name prompt"); return }
        ConsoleFixture.press(&state, .enter)
        guard case .text(let prompt) = state.dialog.modal else { Issue.record("an empty name was accepted"); return }
        #expect(prompt.error != nil)
        let effects = ConsoleFixture.press(&state, .char("J"), .char("o"), .char(" "), .enter)
        #expect(effects == [.createLocalCart(account: "adility-demo", customerID: "Jo", customerName: "Jo")])
    }

    @Test func addingAndRemovingLinesGoThroughTheStore() {
        var state = state()
        _ = ConsoleReducer.reduce(&state, .cartSaved(account: "adobe-demo", .success(cart()), note: "New cart"))
        ConsoleFixture.press(&state, .char("a"))
        let offer = Offer(id: "65304578CA01A12", name: "Acrobat Pro", price: Money(amount: Decimal(string: "19.99")!, currency: "USD"))
        _ = ConsoleReducer.reduce(&state, .offersLoaded(account: "adobe-demo", .success([offer])))
        let purpose = FieldForm.Purpose.newLine(cartID: cart().id, offer: offer)
        #expect(ConsoleFixture.press(&state, .enter) == [.loadForm(account: "adobe-demo", purpose)])
        _ = ConsoleReducer.reduce(&state, .formLoaded(account: "adobe-demo", purpose, .success([]), quantityKey: nil))
        let effects = ConsoleFixture.press(&state, .backspace, .char("3"), .enter)
        #expect(effects == [.addCartLine(account: "adobe-demo", cartID: cart().id, offer: offer, quantity: 3, parameters: [:])])
        _ = ConsoleReducer.reduce(&state, .cartSaved(account: "adobe-demo", .success(cart(lines: [line])), note: "Added",
                                                      addedLineID: "l1"))
        #expect(state.lists.selectedID(.cart) == "l1")
        #expect(state.lists.cartItems.map(\.name) == ["Acrobat Pro"])
        #expect(state.lists.cartOrder?.displayTotal == Money(amount: Decimal(string: "59.97")!, currency: "USD"))
        ConsoleFixture.press(&state, .char("d"))
        #expect(ConsoleFixture.press(&state, .char("y")) == [.removeCartLine(account: "adobe-demo", cartID: cart().id, lineID: "l1")])
    }

    @Test func placingPricesFirstThenConfirmsWithTheQuote() {
        var state = state()
        _ = ConsoleReducer.reduce(&state, .cartSaved(account: "adobe-demo", .success(cart(lines: [line])), note: "New"))
        #expect(ConsoleFixture.press(&state, .char("p")) == [.previewCart(account: "adobe-demo", cart: cart(lines: [line]))])
        #expect(state.dialog.modal == nil)
        let quote = Quote(lines: [.init(offerID: line.offerID, name: "Acrobat Pro", quantity: 3,
                                        unitPrice: Money(amount: 18, currency: "USD"), total: Money(amount: 54, currency: "USD"))],
                          total: Money(amount: 54, currency: "USD"))
        _ = ConsoleReducer.reduce(&state, .quoteLoaded(account: "adobe-demo", subject: cart().id, .success(quote)))
        guard case .confirm(let question) = state.dialog.modal else { Issue.record("no confirmation"); return }
        #expect(question.title == "Place cart 0f1e?")
        #expect(question.lines.contains("  Total (priced by Adobe VIPM)  54.00 USD"))
        #expect(!question.yesSelected)
        #expect(ConsoleFixture.press(&state, .char("y")) == [.placeCart(account: "adobe-demo", cart: cart(lines: [line]))])
        var placed = OrderFixtures.order("0123456789", status: "1002", phase: .processing, hoursAgo: 0)
        placed.provider = .adobe
        _ = ConsoleReducer.reduce(&state, .placed(account: "adobe-demo", orderID: cart().id, .success(placed)))
        #expect(state.lists.localCarts.isEmpty)
        #expect(state.lists.cartOrderID == nil)
        #expect(state.lists.selectedID(.status) == "0123456789")
    }

    @Test func aFailedPriceKeepsTheCartAndPlacesNothing() {
        var state = state()
        _ = ConsoleReducer.reduce(&state, .cartSaved(account: "adobe-demo", .success(cart(lines: [line])), note: "New"))
        ConsoleFixture.pressPlace(&state)
        _ = ConsoleReducer.reduce(&state, .quoteLoaded(account: "adobe-demo", subject: cart().id,
                                                       .failure(.rejected(detail: "offer not available"))))
        #expect(state.dialog.modal == nil)
        #expect(state.messages.current?.text.hasSuffix("Nothing was placed.") == true)
        #expect(state.lists.localCarts.count == 1)
        #expect(state.placement.busy.isEmpty)
    }

    @Test func serverDraftsWithAQuoteArePricedBeforeTheConfirmation() {
        var capabilities = ConsoleFixture.capabilities
        capabilities.previewPrice = true
        var state = ConsoleFixture.state()
        state.account.capabilities = capabilities
        ConsoleFixture.press(&state, .backTab, .enter)
        _ = ConsoleReducer.reduce(&state, .itemsLoaded(account: "wl-demo", orderID: "1044", .success(OrderFixtures.book[0].items)))
        #expect(ConsoleFixture.press(&state, .char("p")) == [.quoteOrder(account: "wl-demo", orderID: "1044")])
    }

    @Test func cancellingAsksAndSaysWhyWhereItCannot() {
        var state = ConsoleFixture.state()
        #expect(ConsoleFixture.press(&state, .char("x")).isEmpty)
        #expect(state.messages.current?.text == "White-label orders cannot be cancelled through the API.")
        var adobe = self.state()
        var order = OrderFixtures.order("0123456789", status: "1000", phase: .completed, hoursAgo: 2, total: 54)
        order.account = "adobe-demo"
        var open = OrderFixtures.order("0123456790", status: "1002", phase: .processing, hoursAgo: 1, total: 20)
        open.account = "adobe-demo"
        _ = ConsoleReducer.reduce(&adobe, .ordersLoaded(account: "adobe-demo", .success(OrderList(orders: [open, order])), at: OrderFixtures.now))
        ConsoleFixture.press(&adobe, .char("j"), .char("x"))
        #expect(adobe.messages.current?.text == "Order 0123456789 is 1000: there is nothing left to cancel (o for a return).")
        ConsoleFixture.press(&adobe, .char("k"), .char("x"))
        guard case .confirm(let question) = adobe.dialog.modal else { Issue.record("no confirmation"); return }
        #expect(question.title == "Cancel order 0123456790?")
        #expect(ConsoleFixture.press(&adobe, .enter).isEmpty)
        ConsoleFixture.press(&adobe, .char("x"))
        #expect(ConsoleFixture.press(&adobe, .char("y")) == [.cancelOrder(account: "adobe-demo", orderID: "0123456790")])
        ConsoleFixture.press(&adobe, .tab, .char("x"))
        #expect(adobe.messages.current?.text == "Adobe VIPM items cannot be cancelled one by one.")
    }

    @Test func switchingAccountsStartsOverAndDropsLateAnswers() {
        var state = state()
        ConsoleFixture.press(&state, .char("A"))
        guard case .picker(let picker) = state.dialog.modal else { Issue.record("no account picker"); return }
        #expect(picker.visible.map(\.label) == ["adobe-demo", "wl-demo"])
        let effects = ConsoleFixture.press(&state, .down, .enter)
        #expect(effects == [.loadCache(account: "wl-demo"), .refresh(account: "wl-demo")])
        #expect(state.account.name == "wl-demo")
        #expect(state.lists.orders.isEmpty)
        #expect(state.keymap == Keymap.standard)
        #expect(ConsoleReducer.reduce(&state, .ordersLoaded(account: "adobe-demo", .success(OrderList(orders: [])), at: OrderFixtures.now)).isEmpty)
        #expect(state.refresh.last == nil)
    }
}
