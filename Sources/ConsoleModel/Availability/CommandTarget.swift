import OrderKit

/// What the focused pane points a command at: one resolution that the availability rule
/// and the command itself share, so "can it run" and "what does it run on" never disagree.
enum CommandTarget {
    /// The order whose items the Items pane shows, when it is not placed yet (its lines may
    /// still be deleted there).
    static func unplacedItemsOrder(_ state: ConsoleState) -> String? {
        guard state.lists.focus == .items, let orderID = state.lists.itemsOrderID,
              state.lists.order(orderID)?.phase.isUnplaced == true else { return nil }
        return orderID
    }

    /// The line `d` deletes: the Cart's selected line, or the Items pane's of an unplaced order.
    static func itemToDelete(_ state: ConsoleState) -> (orderID: String, order: Order, item: OrderItem)? {
        let orderID = state.lists.focus == .cart ? state.lists.cartOrderID : unplacedItemsOrder(state)
        let itemID = state.lists.selectedID(state.lists.focus == .cart ? .cart : .items)
        guard let orderID, let order = state.lists.order(orderID), let itemID,
              let item = (state.lists.items[orderID] ?? order.items).first(where: { $0.id == itemID }) else { return nil }
        return (orderID, order, item)
    }

    /// The item selected in the Items pane, with its order.
    static func selectedItem(_ state: ConsoleState) -> (orderID: String, item: OrderItem)? {
        guard let orderID = state.lists.itemsOrderID, let itemID = state.lists.selectedID(.items),
              let item = state.lists.shownItems.first(where: { $0.id == itemID }) else { return nil }
        return (orderID, item)
    }

    /// The selected line of a local cart in the Cart pane.
    static func cartLine(_ state: ConsoleState) -> (cartID: String, line: CartLine)? {
        guard let cartID = state.lists.cartOrderID, let cart = state.lists.localCart(cartID), let lineID = state.lists.selectedID(.cart),
              let line = cart.lines.first(where: { $0.id == lineID }) else { return nil }
        return (cartID, line)
    }

    /// The order the focused pane points at, unless it is a cart that exists only here.
    static func providerOrder(_ state: ConsoleState) -> Order? {
        guard let orderID = state.lists.itemsSource, state.lists.localCart(orderID) == nil else { return nil }
        return state.lists.order(orderID)
    }

    /// An order the provider sent back (MPT Querying) selected in Status, which `p` submits again.
    static func orderToResubmit(_ state: ConsoleState) -> Order? {
        guard state.lists.focus == .status, state.account.capabilities.resubmit, let orderID = state.lists.selectedID(.status),
              let order = state.lists.order(orderID), order.phase == .awaitingApproval else { return nil }
        return order
    }
}
