import Foundation
import OrderKit

extension ConsoleReducer {
    static func handleKey(_ state: inout ConsoleState, _ key: Key) -> [Effect] {
        if let modal = state.modal {
            return handleModalKey(&state, modal, key)
        }
        guard let command = state.keymap.command(for: key) else {
            if case .char(let character) = key, let reason = state.account.readOnlyReason,
               let command = Keymap.standard.command(for: .char(character)), command.changesOrders {
                toast(&state, "\(command.title.capitalizedFirst) is not available: \(reason).", kind: .error)
            }
            return []
        }
        return run(&state, command)
    }

    static func run(_ state: inout ConsoleState, _ command: Command) -> [Effect] {
        let account = state.account.name
        switch command {
        case .nextPane, .previousPane:
            let panes = PaneID.allCases
            let index = panes.firstIndex(of: state.focus)!
            let step = command == .nextPane ? 1 : panes.count - 1
            state.focus = panes[(index + step) % panes.count]
            return itemsFollowSelection(&state)
        case .moveUp: return move(&state, by: -1)
        case .moveDown: return move(&state, by: 1)
        case .pageUp: return move(&state, by: -state.rowsPerPane)
        case .pageDown: return move(&state, by: state.rowsPerPane)
        case .top: return move(&state, by: -Int.max / 2)
        case .bottom: return move(&state, by: Int.max / 2)
        case .open: return open(&state)
        case .refresh:
            guard !state.refreshing else { return [] }
            state.refreshing = true
            return [.refresh(account: account)]
        case .help:
            state.modal = .help(scroll: 0)
            return []
        case .quit:
            state.shouldQuit = true
            return [.quit]
        case .newDraft:
            guard state.account.capabilities.serverSideDrafts else {
                toast(&state, "\(state.account.provider.displayName) orders have no drafts on the provider.", kind: .error)
                return []
            }
            state.modal = .picker(Picker(purpose: .customer, entries: state.customers.map { customers in
                customers.map { Picker.Entry(id: $0.id, label: $0.name, detail: "#\($0.id)") }
            }))
            return state.customers == nil ? [.loadCustomers(account: account)] : []
        case .addItem:
            guard state.cartOrder != nil else {
                toast(&state, "No cart: press n for a new draft, or ↵ on a draft to make it the cart.", kind: .error)
                return []
            }
            state.modal = .picker(Picker(purpose: .offer, entries: state.offers.map { offers in
                offers.map { offer in
                    Picker.Entry(id: offer.id, label: offer.name,
                                 detail: [offer.price?.formatted, offer.billing].compactMap { $0 }.joined(separator: " "))
                }
            }))
            return state.offers == nil ? [.loadOffers(account: account)] : []
        case .deleteItem:
            return askDeleteItem(&state)
        case .place:
            return askPlace(&state)
        }
    }

    private static func move(_ state: inout ConsoleState, by delta: Int) -> [Effect] {
        let ids = state.rowIDs(state.focus)
        guard let index = state.selectedIndex(state.focus) else { return [] }
        let target = min(max(0, index.addingReportingOverflow(delta).partialValue), ids.count - 1)
        state.selection[state.focus] = ids[target]
        return itemsFollowSelection(&state)
    }

    /// The Items pane shows the lines of whatever order is selected in the focused pane.
    private static func itemsFollowSelection(_ state: inout ConsoleState) -> [Effect] {
        guard state.focus != .items, let orderID = itemsSource(state) else { return [] }
        state.itemsOrderID = orderID
        guard state.items[orderID] == nil else { return [] }
        return [.loadItems(account: state.account.name, orderID: orderID)]
    }

    private static func open(_ state: inout ConsoleState) -> [Effect] {
        switch state.focus {
        case .drafts:
            guard let orderID = state.selectedID(.drafts) else { return [] }
            state.cartOrderID = orderID
            state.focus = .cart
            toast(&state, "Draft \(orderID) is now the cart.")
            return state.items[orderID] == nil ? [.loadItems(account: state.account.name, orderID: orderID)] : []
        case .cart, .status, .items:
            let orderID = switch state.focus {
            case .cart: state.cartOrderID
            case .status: state.selectedID(.status)
            default: state.itemsOrderID
            }
            guard let orderID else { return [] }
            state.modal = .detail(orderID: orderID, scroll: 0)
            return [.loadOrder(account: state.account.name, orderID: orderID)]
        }
    }

    private static func askDeleteItem(_ state: inout ConsoleState) -> [Effect] {
        guard state.account.capabilities.deleteItem else {
            toast(&state, "\(state.account.provider.displayName) orders cannot have items deleted.", kind: .error)
            return []
        }
        let orderID: String?
        let itemID: String?
        switch state.focus {
        case .cart:
            orderID = state.cartOrderID
            itemID = state.selectedID(.cart)
        case .items where state.order(state.itemsOrderID ?? "")?.phase.isUnplaced == true:
            orderID = state.itemsOrderID
            itemID = state.selectedID(.items)
        default:
            toast(&state, "Select an item of a draft (in Cart or Items) to delete it.", kind: .error)
            return []
        }
        guard let orderID, let itemID,
              let item = (state.items[orderID] ?? state.order(orderID)?.items ?? []).first(where: { $0.id == itemID })
        else {
            toast(&state, "The cart has no item to delete.", kind: .error)
            return []
        }
        let price = item.lineTotal.map { " (\($0.formatted))" } ?? ""
        state.modal = .confirm(Confirmation(
            title: "Delete item from draft \(orderID)?",
            lines: ["Removes \(item.name) ×\(item.quantity)\(price)",
                    "from draft \(orderID) on \(state.account.name). The rest of the draft stays."],
            action: .deleteItem(orderID: orderID, itemID: itemID)))
        return []
    }

    private static func askPlace(_ state: inout ConsoleState) -> [Effect] {
        guard let order = state.cartOrder else {
            toast(&state, "No cart to place: ↵ on a draft to make it the cart, or n for a new one.", kind: .error)
            return []
        }
        guard state.journalCheck == .done else {
            toast(&state, "Still checking unfinished placements from the last session; try again in a moment.",
                  kind: .error)
            return []
        }
        let items = state.cartItems
        guard !items.isEmpty else {
            toast(&state, "Draft \(order.id) has no items: press a to add one first.", kind: .error)
            return []
        }
        var lines = ["Submits draft \(order.id) for \(order.customerName) on \(state.account.name) for execution.",
                     "It cannot be edited afterwards.", ""]
        lines += items.map { item in
            "  \(item.name) ×\(item.quantity)  \(item.lineTotal?.formatted ?? "price unknown")"
        }
        let total = Money.total(items.compactMap(\.lineTotal))
        lines += ["", "  Total  \(total?.formatted ?? order.total?.formatted ?? "unknown")"]
        state.modal = .confirm(Confirmation(title: "Place order \(order.id)?", lines: lines,
                                            action: .place(orderID: order.id)))
        return []
    }

    // MARK: Dialogs

    private static func handleModalKey(_ state: inout ConsoleState, _ modal: Modal, _ key: Key) -> [Effect] {
        switch modal {
        case .help(let scroll):
            switch key {
            case .char("j"), .down: state.modal = .help(scroll: scroll + 1)
            case .char("k"), .up: state.modal = .help(scroll: max(0, scroll - 1))
            default: state.modal = nil
            }
            return []
        case .detail(let orderID, let scroll):
            switch key {
            case .char("j"), .down: state.modal = .detail(orderID: orderID, scroll: scroll + 1)
            case .char("k"), .up: state.modal = .detail(orderID: orderID, scroll: max(0, scroll - 1))
            case .pageDown, .char(" "): state.modal = .detail(orderID: orderID, scroll: scroll + state.rowsPerPane)
            case .pageUp: state.modal = .detail(orderID: orderID, scroll: max(0, scroll - state.rowsPerPane))
            case .home, .char("g"): state.modal = .detail(orderID: orderID, scroll: 0)
            case .escape, .char("q"), .enter: state.modal = nil
            default: break
            }
            return []
        case .confirm(var confirmation):
            switch key {
            case .char("y"), .char("Y"):
                state.modal = nil
                return confirmed(&state, confirmation.action)
            case .char("n"), .char("N"), .escape, .char("q"):
                state.modal = nil
            case .left, .right, .tab, .backTab, .char("h"), .char("l"):
                confirmation.yesSelected.toggle()
                state.modal = .confirm(confirmation)
            case .enter:
                state.modal = nil
                return confirmation.yesSelected ? confirmed(&state, confirmation.action) : []
            default: break
            }
            return []
        case .picker(var picker):
            return handlePickerKey(&state, &picker, key)
        case .quantity(var prompt):
            switch key {
            case .char(let character) where character.isNumber:
                prompt.text = prompt.text == "0" ? String(character) : prompt.text + String(character)
                prompt.error = nil
            case .backspace:
                prompt.text = String(prompt.text.dropLast())
                prompt.error = nil
            case .escape:
                state.modal = nil
                return []
            case .enter:
                guard let quantity = prompt.quantity, let orderID = state.cartOrderID else {
                    prompt.error = "Enter a whole number from 1 to \(QuantityPrompt.maximum)."
                    state.modal = .quantity(prompt)
                    return []
                }
                state.modal = nil
                state.busy.append("Adding an item")
                return [.addItem(account: state.account.name, orderID: orderID, offerID: prompt.offer.id,
                                 quantity: quantity)]
            default:
                prompt.error = "Only digits: how many \(prompt.offer.name)?"
            }
            state.modal = .quantity(prompt)
            return []
        }
    }

    private static func handlePickerKey(_ state: inout ConsoleState, _ picker: inout Picker, _ key: Key) -> [Effect] {
        let count = picker.visible.count
        switch key {
        case .escape:
            state.modal = nil
            return []
        case .up: picker.selected = max(0, picker.selected - 1)
        case .down: picker.selected = min(max(0, count - 1), picker.selected + 1)
        case .pageUp: picker.selected = max(0, picker.selected - state.rowsPerPane)
        case .pageDown: picker.selected = min(max(0, count - 1), picker.selected + state.rowsPerPane)
        case .backspace:
            picker.query = String(picker.query.dropLast())
            picker.selected = 0
        case .char(let character):
            picker.query.append(character)
            picker.selected = 0
        case .enter:
            guard let entry = picker.selectedEntry else { return [] }
            state.modal = nil
            switch picker.purpose {
            case .customer:
                state.busy.append("Creating a draft")
                return [.createDraft(account: state.account.name, customerID: entry.id)]
            case .offer:
                guard let offer = state.offers?.first(where: { $0.id == entry.id }) else { return [] }
                state.modal = .quantity(QuantityPrompt(offer: offer))
                return []
            }
        default: break
        }
        state.modal = .picker(picker)
        return []
    }

    private static func confirmed(_ state: inout ConsoleState, _ action: Confirmation.Action) -> [Effect] {
        let account = state.account.name
        switch action {
        case .deleteItem(let orderID, let itemID):
            state.busy.append("Deleting an item")
            return [.deleteItem(account: account, orderID: orderID, itemID: itemID)]
        case .place(let orderID):
            state.busy.append("Placing order \(orderID)")
            let content = state.cartItems.map { "\($0.offerID)×\($0.quantity)" }.joined(separator: ",")
            return [.place(account: account, orderID: orderID, content: "\(orderID):\(content)")]
        }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
