import OrderKit

/// What the focused pane points a command at: one resolution that the availability rule
/// and the command itself share, so "can it run" and "what does it run on" never disagree.
enum CommandTarget {
    /// The order whose items the Items pane shows, when it is not placed yet (its lines may
    /// still be deleted there).
    static func unplacedItemsOrder(_ state: ConsoleState) -> String? {
        guard state.focus == .items, let orderID = state.itemsOrderID,
              state.order(orderID)?.phase.isUnplaced == true else { return nil }
        return orderID
    }

    /// The line `d` deletes: the Cart's selected line, or the Items pane's of an unplaced order.
    static func itemToDelete(_ state: ConsoleState) -> (orderID: String, order: Order, item: OrderItem)? {
        let orderID = state.focus == .cart ? state.cartOrderID : unplacedItemsOrder(state)
        let itemID = state.selectedID(state.focus == .cart ? .cart : .items)
        guard let orderID, let order = state.order(orderID), let itemID,
              let item = (state.items[orderID] ?? order.items).first(where: { $0.id == itemID }) else { return nil }
        return (orderID, order, item)
    }

    /// The item selected in the Items pane, with its order.
    static func selectedItem(_ state: ConsoleState) -> (orderID: String, item: OrderItem)? {
        guard let orderID = state.itemsOrderID, let itemID = state.selectedID(.items),
              let item = state.shownItems.first(where: { $0.id == itemID }) else { return nil }
        return (orderID, item)
    }

    /// The selected line of a local cart in the Cart pane.
    static func cartLine(_ state: ConsoleState) -> (cartID: String, line: CartLine)? {
        guard let cartID = state.cartOrderID, let cart = state.localCart(cartID), let lineID = state.selectedID(.cart),
              let line = cart.lines.first(where: { $0.id == lineID }) else { return nil }
        return (cartID, line)
    }

    /// The order the focused pane points at, unless it is a cart that exists only here.
    static func providerOrder(_ state: ConsoleState) -> Order? {
        guard let orderID = ConsoleReducer.itemsSource(state), state.localCart(orderID) == nil else { return nil }
        return state.order(orderID)
    }

    /// An order the provider sent back (MPT Querying) selected in Status, which `p` submits again.
    static func orderToResubmit(_ state: ConsoleState) -> Order? {
        guard state.focus == .status, state.account.capabilities.resubmit, let orderID = state.selectedID(.status),
              let order = state.order(orderID), order.phase == .awaitingApproval else { return nil }
        return order
    }
}
