import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Store
import Testing

/// Order-creating operations say what they create: a Termination order created as a draft
/// is named as one, becomes the cart, and placing it is asked at once; its lines say which
/// subscriptions end, never "×0 0.00" as if they bought nothing.
@Suite struct CreatedOrderFlowTests {
    private static let terminate = OrderOperation(id: "terminate", title: "Terminate subscriptions",
                                                  summary: "End chosen subscriptions of the agreement (a Termination order).",
                                                  previews: true, createsOrder: true, creates: .termination)

    private static var termination: Order {
        var order = OrderFixtures.order("T-1", status: "Draft", phase: .draft, hoursAgo: 0,
                                        items: [OrderItem(id: "L1", offerID: "ITM-1", name: "Adobe Illustrator", quantity: 0,
                                                          unitPrice: OrderFixtures.item("x", "x", quantity: 1, price: 20).unitPrice,
                                                          status: "Draft", phase: .draft, previousQuantity: 5)])
        order.kind = .termination
        return order
    }

    private func confirmation(_ state: ConsoleState) -> ConsoleModel.Confirmation? {
        if case .confirm(let confirmation) = state.dialog.modal { return confirmation }
        return nil
    }

    @Test func theOperationsConfirmationSaysWhatItCreatesAndThatPlacingIsAskedNext() throws {
        var state = ConsoleFixture.state()
        _ = ConsoleReducer.reduce(&state, .operationPreviewed(account: "wl-demo", orderID: "1034", Self.terminate, fields: [],
                                                              .success(["Adobe Illustrator ×5 → 0"])))
        let asked = try #require(confirmation(state))
        #expect(asked.lines.last == "Yes creates a Termination order as a draft, then asks whether to place it.")
    }

    @Test func aCreatedTerminationDraftBecomesTheCartAndItsPlacementIsAskedAtOnce() throws {
        var state = ConsoleFixture.state()
        let effects = ConsoleReducer.reduce(&state, .operationPerformed(account: "wl-demo", orderID: "1034", Self.terminate,
                                                                        .success(Self.termination)))
        #expect(state.lists.cartOrderID == "T-1")
        #expect(effects.contains(.rereadDraft(account: "wl-demo", orderID: "T-1")))
        #expect(state.messages.current?.text == "Termination order T-1 created as a draft: confirm placing it now, or No to keep it as the cart.")
        _ = ConsoleReducer.reduce(&state, .draftReread(account: "wl-demo", orderID: "T-1", .success(Self.termination.items)))
        let asked = try #require(confirmation(state))
        #expect(asked.title == "Place Termination order T-1?")
        #expect(asked.lines.contains("  Ends Adobe Illustrator (×5 → 0)"))
        #expect(asked.lines.contains("  Ends 1 subscription; nothing is bought."))
        #expect(!asked.lines.contains { $0.contains("×0") || $0.contains("0.00") }, "ending a subscription is not shown as buying nothing")
        ConsoleFixture.press(&state, .char("n"))
        #expect(state.lists.cartOrderID == "T-1", "No keeps it as the cart")
    }

    @Test func whileAnotherPlacementIsUnderWayTheDraftIsOnlyMadeTheCart() {
        var state = ConsoleFixture.withCart()
        ConsoleFixture.place(&state)
        let effects = ConsoleReducer.reduce(&state, .operationPerformed(account: "wl-demo", orderID: "1034", Self.terminate,
                                                                        .success(Self.termination)))
        #expect(!effects.contains(.rereadDraft(account: "wl-demo", orderID: "T-1")))
        #expect(state.lists.cartOrderID == "T-1")
        #expect(state.messages.current?.text == "Termination order T-1 created as a draft: it is the cart; press p to place it.")
    }

    @Test func changeLinesShowBothQuantities() throws {
        var state = ConsoleFixture.state()
        var change = Self.termination
        change.kind = .change
        change.items[0].quantity = 8
        let change8 = change
        _ = ConsoleReducer.reduce(&state, .operationPerformed(account: "wl-demo", orderID: "1034", Self.terminate, .success(change8)))
        _ = ConsoleReducer.reduce(&state, .draftReread(account: "wl-demo", orderID: "T-1", .success(change8.items)))
        let asked = try #require(confirmation(state))
        #expect(asked.title == "Place Change order T-1?")
        #expect(asked.lines.contains("  Adobe Illustrator ×5 → ×8  160.00 EUR"))
    }

    /// Where the provider prices a draft (MPT), the confirmation comes from its price preview:
    /// the ending line from `oldQuantity`, and no price note that would read as a purchase.
    @Test func aPricedTerminationSaysWhatEndsAndNothingOfPrices() throws {
        var state = ConsoleFixture.state()
        state.account.capabilities.previewPrice = true
        let effects = ConsoleReducer.reduce(&state, .operationPerformed(account: "wl-demo", orderID: "1034", Self.terminate,
                                                                        .success(Self.termination)))
        #expect(effects.contains(.quoteOrder(account: "wl-demo", orderID: "T-1")))
        let quote = Quote(lines: [Quote.Line(offerID: "ITM-1", name: "Adobe Illustrator", quantity: 0, unitPrice: nil,
                                             total: Money(amount: 0, currency: "USD"), previousQuantity: 5)],
                          total: Money(amount: 0, currency: "USD"), note: "Monthly sale price; 0.00 USD per year")
        _ = ConsoleReducer.reduce(&state, .quoteLoaded(account: "wl-demo", subject: "T-1", .success(quote)))
        let asked = try #require(confirmation(state))
        #expect(asked.title == "Place Termination order T-1?")
        #expect(asked.lines.suffix(3) == ["  Ends Adobe Illustrator (×5 → 0)", "", "  Ends 1 subscription; nothing is bought."])
    }
}
