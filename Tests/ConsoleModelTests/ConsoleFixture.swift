import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit

/// A console state for a whitelabel account, with the fixture book loaded.
enum ConsoleFixture {
    static let capabilities = Capabilities(serverSideDrafts: true, deleteItem: true, customFields: true,
                                           characteristics: true, draftLifetimeDays: 7)

    static func state(readOnly: Bool = false, loaded: Bool = true) -> ConsoleState {
        var state = ConsoleState(account: AccountSummary(name: "wl-demo", provider: .whitelabel,
                                                         capabilities: capabilities, isSandbox: true,
                                                         readOnlyByChoice: readOnly),
                                 now: OrderFixtures.now)
        if loaded {
            _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: OrderFixtures.book)),
                                                            at: OrderFixtures.now))
            _ = ConsoleReducer.reduce(&state, .journalReconciled(account: "wl-demo", .success([])))
        }
        return state
    }

    /// A loaded state whose cart is draft 1044, with its two items loaded.
    static func withCart() -> ConsoleState {
        var state = state()
        press(&state, .backTab, .enter)
        _ = ConsoleReducer.reduce(&state, .itemsLoaded(account: "wl-demo", orderID: "1044",
                                                       .success(OrderFixtures.book[0].items)))
        return state
    }

    /// A loaded state whose cart is the local cart `c1` (the provider keeps no drafts),
    /// with the offer picker open on the Appxite fixture offer.
    static func choosingAnOfferForALocalCart() -> ConsoleState {
        var state = ConsoleFixture.state()
        state.account.capabilities.serverSideDrafts = false
        let cart = LocalCart(id: "c1", account: "wl-demo", customerID: "1", customerName: "Acme", createdAt: OrderFixtures.now)
        _ = ConsoleReducer.reduce(&state, .cartSaved(account: "wl-demo", .success(cart), note: "New cart"))
        ConsoleFixture.press(&state, .char("a"))
        _ = ConsoleReducer.reduce(&state, .offersLoaded(account: "wl-demo", .success([FormFixtures.appxiteOffer])))
        return state
    }

    /// `p`, with the provider answering the fresh read of a server-side draft with the lines
    /// the state holds (`held` when given): every effect asked for.
    @discardableResult
    static func pressPlace(_ state: inout ConsoleState, held: [OrderItem]? = nil) -> [Effect] {
        let effects = press(&state, .char("p"))
        return effects + effects.flatMap { effect -> [Effect] in
            guard case .rereadDraft(let account, let orderID) = effect else { return [] }
            let lines = held ?? state.lists.items[orderID] ?? state.lists.order(orderID)?.items ?? []
            return ConsoleReducer.reduce(&state, .draftReread(account: account, orderID: orderID, .success(lines)))
        }
    }

    /// `p` then `y`: the effects of the answer Yes.
    @discardableResult
    static func place(_ state: inout ConsoleState) -> [Effect] {
        pressPlace(&state)
        return press(&state, .char("y"))
    }

    /// Sends keys one after another and returns every effect asked for.
    @discardableResult
    static func press(_ state: inout ConsoleState, _ keys: Key...) -> [Effect] {
        keys.flatMap { ConsoleReducer.reduce(&state, .key($0)) }
    }
}
