import Foundation
import OrderKit
import Placement

/// Opening dialogs: the pickers, prompts, confirmations and views a command asks with.
/// Nothing is sent to the provider until the dialog is answered.
extension DialogReducer {
    static func askAccount(_ state: inout ConsoleState) -> [Effect] {
        var picker = Picker(purpose: .account, entries: state.accounts.map {
            Picker.Entry(id: $0.name, label: $0.name, detail: $0.provider.displayName)
        })
        picker.selected = state.accounts.firstIndex { $0.name == state.account.name } ?? 0
        state.dialog.modal = .picker(picker)
        return []
    }

    /// `n`: the customer picker, loading the customers the first time.
    static func askCustomer(_ state: inout ConsoleState) -> [Effect] {
        if !state.account.capabilities.serverSideDrafts {
            state.say("\(state.account.provider.displayName) orders have no drafts on the provider: this cart stays local until you place it.")
        }
        guard state.account.capabilities.customerList else {
            state.dialog.modal = .text(TextPrompt(purpose: .customerName, title: "New cart",
                                           question: "\(state.account.provider.displayName) takes a free-text customer name. Who is it for?"))
            return []
        }
        var picker = Picker(purpose: .customer, entries: state.lookups.customers.map { customers in
            customers.map { Picker.Entry(id: $0.id, label: $0.name, detail: "#\($0.id)") }
        })
        if !state.account.capabilities.serverSideDrafts { picker.title = "New cart: choose the customer account" }
        state.dialog.modal = .picker(picker)
        return state.lookups.customers == nil ? [.loadCustomers(account: state.account.name)] : []
    }

    /// `a`: the offer picker for the cart, loading the catalog the first time.
    static func askOffer(_ state: inout ConsoleState) -> [Effect] {
        if state.account.capabilities.lineForms == .templates, let cartID = state.lists.cartOrderID {
            return askOfferID(&state, cartID: cartID)
        }
        state.dialog.modal = .picker(Picker(purpose: .offer, entries: state.lookups.offers.map { $0.map(offerEntry) }))
        return state.lookups.offers == nil ? [.loadOffers(account: state.account.name)] : []
    }

    static func offerEntry(_ offer: Offer) -> Picker.Entry {
        Picker.Entry(id: offer.id, label: offer.name,
                     detail: ([offer.price?.formatted, offer.billing].compactMap { $0 } + offer.facts)
                         .joined(separator: " · "))
    }

    static func open(_ state: inout ConsoleState) -> [Effect] {
        switch state.lists.focus {
        case .drafts:
            guard let orderID = state.lists.selectedID(.drafts), let order = state.lists.order(orderID) else { return [] }
            state.lists.cartOrderID = orderID
            state.lists.focus = .cart
            state.say("\(PlacementReducer.displayID(order, state).capitalizedFirst) for \(order.customerLabel) is in the Cart pane: a adds an item, p places it.",
                      about: orderID)
            // A local cart may be older than the catalog: its lines are checked against it.
            let catalog: [Effect] = state.lists.localCart(orderID) != nil && state.lookups.offers == nil
                && state.account.capabilities.lineForms == .catalog
                ? [.loadOffers(account: state.account.name)] : []
            return ConsoleReducer.loadItemsIfMissing(state, orderID) + catalog
        case .cart, .status, .items:
            let orderID = switch state.lists.focus {
            case .cart: state.lists.cartOrderID
            case .status: state.lists.selectedID(.status)
            default: state.lists.itemsOrderID
            }
            guard let orderID else { return [] }
            state.dialog.extent = nil
            state.dialog.modal = .detail(orderID: orderID, scroll: 0)
            guard state.lists.localCart(orderID) == nil else { return [] }
            return [.loadOrder(account: state.account.name, orderID: orderID),
                    .loadDetails(account: state.account.name, orderID: orderID)]
        }
    }

    static func askDeleteItem(_ state: inout ConsoleState) -> [Effect] {
        guard let (orderID, order, item) = CommandTarget.itemToDelete(state) else { return [] }
        let isLocal = state.lists.localCart(orderID) != nil
        let price = item.lineTotal.map { " (\($0.formatted))" } ?? ""
        let name = PlacementReducer.displayID(order, state)
        state.dialog.modal = .confirm(Confirmation(
            title: "Delete item from \(name)?",
            lines: ["Removes \(item.name) ×\(item.quantity)\(price)",
                    "from \(name) on \(state.account.name). The rest stays."],
            action: isLocal ? .removeCartLine(cartID: orderID, lineID: item.id)
                : .deleteItem(orderID: orderID, itemID: item.id)))
        return []
    }

    static func askPlace(_ state: inout ConsoleState) -> [Effect] {
        if let order = CommandTarget.orderToResubmit(state) {
            state.dialog.modal = .confirm(Confirmation(
                title: "Resubmit order \(order.id)?",
                lines: ["\(state.account.provider.displayName) sent order \(order.id) back (\(order.statusLabel)).",
                        "Submits it again with the fields as they are now (e to check them)."],
                action: .place(orderID: order.id)))
            return []
        }
        guard let order = state.lists.cartOrder else { return [] }
        if let read = PlacementReducer.readBeforeConfirming(&state, order) { return read }
        PlacementReducer.confirmPlacement(&state, order, items: state.lists.cartItems)
        return []
    }

    /// One part of an item (an Adility voucher): the rest of the item and the order stay.
    private static func askCancelPart(_ state: inout ConsoleState, _ part: OrderItem, orderID: String) -> [Effect] {
        let parent = state.lists.shownItems.first { $0.id == part.parentID }
        state.dialog.modal = .confirm(Confirmation(
            title: "Cancel \(part.name)?",
            lines: ["Cancels \(part.name) of \(parent?.name ?? "its item")", "in order \(orderID) on \(state.account.name).",
                    "It stops working at once, sent to the consumer or not;", "the rest of the order stays."],
            action: .cancelItem(orderID: orderID, itemID: part.id)))
        return []
    }

    static func askCancel(_ state: inout ConsoleState) -> [Effect] {
        if state.lists.focus == .items {
            guard let (orderID, item) = CommandTarget.selectedItem(state) else { return [] }
            if item.parentID != nil { return askCancelPart(&state, item, orderID: orderID) }
            state.dialog.modal = .confirm(Confirmation(
                title: "Cancel \(item.name) (item \(ShortID.of(item.id)))?",
                lines: ["Cancels \(item.name) ×\(item.quantity) of order \(orderID) on \(state.account.name).",
                        "The subscription is disabled at the provider; nothing else in the order changes."],
                action: .cancelItem(orderID: orderID, itemID: item.id)))
            return []
        }
        guard let orderID = state.lists.selectedID(.status), let order = state.lists.order(orderID) else { return [] }
        let items = state.lists.items[orderID] ?? order.items
        var lines = ["Cancels order \(orderID) for \(order.customerLabel) on \(state.account.name):"]
        lines += items.map { "  \($0.name) ×\($0.quantity)  \($0.lineTotal?.formatted ?? "")" }
        if let notice = state.account.capabilities.cancelNotice { lines.append(notice) }
        lines.append("Total \(order.displayTotal?.formatted ?? "unknown"). This cannot be undone here.")
        state.dialog.modal = .confirm(Confirmation(title: "Cancel order \(orderID)?", lines: lines,
                                            action: .cancelOrder(orderID: orderID)))
        return []
    }
}
