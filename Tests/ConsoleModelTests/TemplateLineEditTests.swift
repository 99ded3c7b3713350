import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing

/// `e` on a cart line of an account without a published form edits the line's own keys.
@Suite struct TemplateLineEditTests {
    private func state() -> ConsoleState {
        let capabilities = Capabilities(serverSideDrafts: false, deleteItem: true, lineForms: .templates)
        var state = ConsoleState(account: AccountSummary(name: "appxite-portal", provider: .appxite, capabilities: capabilities,
                                                         isSandbox: true),
                                 now: OrderFixtures.now)
        let line = CartLine(id: "L1", offerID: "3d800b57", name: "3d800b57", quantity: 4,
                            parameters: ["quantityBox1": "4", "dataCenterLocation": "West Europe"])
        let cart = LocalCart(id: "cart-1", account: "appxite-portal", customerID: "8c1f", customerName: "Acme GmbH",
                             lines: [line], createdAt: OrderFixtures.now)
        _ = ConsoleReducer.reduce(&state, .cacheLoaded(account: "appxite-portal", orders: [], carts: [cart], refreshedAt: OrderFixtures.now))
        state.lists.cartOrderID = "cart-1"
        state.lists.focus = .cart
        state.lists.selection[.cart] = "L1"
        return state
    }

    @Test func theLinesKeysOpenAndAChangeUpdatesTheLineAndItsTemplate() throws {
        var state = state()
        _ = ConsoleReducer.reduce(&state, .key(.char("e")))
        guard case .keyValues(let form) = state.dialog.modal else {
            Issue.record("e opened \(String(describing: state.dialog.modal))")
            return
        }
        #expect(form.rows == [FormEntry(key: "dataCenterLocation", value: "West Europe"), FormEntry(key: "quantityBox1", value: "4")])
        var effects: [Effect] = []
        for key: Key in [.down, .tab, .ctrl(.char("u")), .char("6"), .enter] {
            effects = ConsoleReducer.reduce(&state, .key(key))
        }
        #expect(state.dialog.modal == nil)
        let update = effects.first { if case .updateCartLine = $0 { true } else { false } }
        guard case .updateCartLine(_, let cartID, let lineID, let quantity, let parameters, _) = try #require(update) else { return }
        #expect((cartID, lineID, quantity) == ("cart-1", "L1", 6))
        #expect(parameters == ["quantityBox1": "6", "dataCenterLocation": "West Europe"])
        #expect(effects.contains { if case .saveFormTemplate = $0 { true } else { false } })
    }
}
