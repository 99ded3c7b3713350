import Foundation
import OrderKit
import Placement

extension ConsoleReducer {
    static func handleKey(_ state: inout ConsoleState, _ key: Key) -> [Effect] {
        if let modal = state.modal {
            return handleModalKey(&state, modal, key)
        }
        if state.refresh.overview != nil, let effects = handleOverviewKey(&state, key) {
            return effects
        }
        if key == .escape, state.lists.filters[state.lists.focus] != nil {
            state.lists.filters[state.lists.focus] = nil
            return []
        }
        guard let command = state.keymap.command(for: key) else { return [] }
        if case .unavailable(let reason) = Availability.now(command, in: state) {
            toast(&state, reason.message(for: command), kind: .error)
            return []
        }
        return run(&state, command)
    }

    static func run(_ state: inout ConsoleState, _ command: Command) -> [Effect] {
        switch command {
        case .nextPane, .previousPane:
            let panes = PaneID.allCases
            let index = panes.firstIndex(of: state.lists.focus)!
            let step = command == .nextPane ? 1 : panes.count - 1
            state.lists.focus = panes[(index + step) % panes.count]
            return []
        case .moveUp: return move(&state, by: -1)
        case .moveDown: return move(&state, by: 1)
        case .pageUp: return move(&state, by: -state.rowsPerPane)
        case .pageDown: return move(&state, by: state.rowsPerPane)
        case .top: return move(&state, by: -Int.max / 2)
        case .bottom: return move(&state, by: Int.max / 2)
        case .open: return open(&state)
        case .refresh:
            return requestRefresh(&state)
        case .filter:
            state.modal = .input(InputLine(purpose: .filter(state.lists.focus), text: state.lists.filters[state.lists.focus]?.text ?? ""))
            return []
        case .commandLine:
            state.modal = .input(InputLine(purpose: .command))
            return []
        case .sortNext, .sortReverse:
            return sort(&state, reversing: command == .sortReverse)
        case .pauseRefresh:
            state.refresh.paused.toggle()
            toast(&state, state.refresh.paused ? "Background refresh paused: Z resumes, r refreshes once."
                                              : "Background refresh resumed.")
            return []
        case .help:
            state.modal = .help(scroll: 0)
            return []
        case .quit:
            state.shouldQuit = true
            return [.quit]
        case .switchAccount:
            return askAccount(&state)
        case .newDraft:
            return askCustomer(&state)
        case .addItem:
            return askOffer(&state)
        case .deleteItem:
            return askDeleteItem(&state)
        case .place:
            return askPlace(&state)
        case .cancel:
            return askCancel(&state)
        case .editFields:
            return editFields(&state)
        case .operations:
            return openOperations(&state)
        }
    }

    /// `s` steps the focused list's sort field, `S` reverses it.
    private static func sort(_ state: inout ConsoleState, reversing: Bool) -> [Effect] {
        var sort = state.lists.sorts[state.lists.focus] ?? PaneSort()
        if reversing {
            sort.descending.toggle()
        } else {
            let fields = PaneSort.Field.allCases
            sort.field = fields[(fields.firstIndex(of: sort.field)! + 1) % fields.count]
        }
        state.lists.sorts[state.lists.focus] = sort
        return []
    }

    private static func askAccount(_ state: inout ConsoleState) -> [Effect] {
        var picker = Picker(purpose: .account, entries: state.accounts.map {
            Picker.Entry(id: $0.name, label: $0.name, detail: $0.provider.displayName)
        })
        picker.selected = state.accounts.firstIndex { $0.name == state.account.name } ?? 0
        state.modal = .picker(picker)
        return []
    }

    /// `n`: the customer picker, loading the customers the first time.
    private static func askCustomer(_ state: inout ConsoleState) -> [Effect] {
        if !state.account.capabilities.serverSideDrafts {
            toast(&state, "\(state.account.provider.displayName) orders have no drafts on the provider: this cart stays local until you place it.")
        }
        guard state.account.capabilities.customerList else {
            state.modal = .text(TextPrompt(purpose: .customerName, title: "New cart",
                                           question: "\(state.account.provider.displayName) takes a free-text customer name. Who is it for?"))
            return []
        }
        state.modal = .picker(Picker(purpose: .customer, entries: state.lookups.customers.map { customers in
            customers.map { Picker.Entry(id: $0.id, label: $0.name, detail: "#\($0.id)") }
        }))
        return state.lookups.customers == nil ? [.loadCustomers(account: state.account.name)] : []
    }

    /// `a`: the offer picker for the cart, loading the catalog the first time.
    private static func askOffer(_ state: inout ConsoleState) -> [Effect] {
        if state.account.capabilities.lineForms == .templates, let cartID = state.lists.cartOrderID {
            return askOfferID(&state, cartID: cartID)
        }
        state.modal = .picker(Picker(purpose: .offer, entries: state.lookups.offers.map { $0.map(offerEntry) }))
        return state.lookups.offers == nil ? [.loadOffers(account: state.account.name)] : []
    }

    static func offerEntry(_ offer: Offer) -> Picker.Entry {
        Picker.Entry(id: offer.id, label: offer.name,
                     detail: ([offer.price?.formatted, offer.billing].compactMap { $0 } + offer.facts)
                         .joined(separator: " · "))
    }

    private static func move(_ state: inout ConsoleState, by delta: Int) -> [Effect] {
        guard let index = state.lists.selectedIndex(state.lists.focus) else { return [] }
        let target = min(max(0, index.addingReportingOverflow(delta).partialValue), state.lists.rowCount(state.lists.focus) - 1)
        state.lists.selection[state.lists.focus] = state.lists.rowID(state.lists.focus, at: target)
        return []
    }

    private static func open(_ state: inout ConsoleState) -> [Effect] {
        switch state.lists.focus {
        case .drafts:
            guard let orderID = state.lists.selectedID(.drafts), let order = state.lists.order(orderID) else { return [] }
            state.lists.cartOrderID = orderID
            state.lists.focus = .cart
            toast(&state, "\(displayID(order, state).capitalizedFirst) is now the cart.")
            // A local cart may be older than the catalog: its lines are checked against it.
            let catalog: [Effect] = state.lists.localCart(orderID) != nil && state.lookups.offers == nil
                && state.account.capabilities.lineForms == .catalog
                ? [.loadOffers(account: state.account.name)] : []
            return loadItemsIfMissing(state, orderID) + catalog
        case .cart, .status, .items:
            let orderID = switch state.lists.focus {
            case .cart: state.lists.cartOrderID
            case .status: state.lists.selectedID(.status)
            default: state.lists.itemsOrderID
            }
            guard let orderID else { return [] }
            state.modal = .detail(orderID: orderID, scroll: 0)
            guard state.lists.localCart(orderID) == nil else { return [] }
            return [.loadOrder(account: state.account.name, orderID: orderID),
                    .loadDetails(account: state.account.name, orderID: orderID)]
        }
    }

    private static func askDeleteItem(_ state: inout ConsoleState) -> [Effect] {
        guard let (orderID, order, item) = CommandTarget.itemToDelete(state) else { return [] }
        let isLocal = state.lists.localCart(orderID) != nil
        let price = item.lineTotal.map { " (\($0.formatted))" } ?? ""
        let name = displayID(order, state)
        state.modal = .confirm(Confirmation(
            title: "Delete item from \(name)?",
            lines: ["Removes \(item.name) ×\(item.quantity)\(price)",
                    "from \(name) on \(state.account.name). The rest stays."],
            action: isLocal ? .removeCartLine(cartID: orderID, lineID: item.id)
                : .deleteItem(orderID: orderID, itemID: item.id)))
        return []
    }

    private static func askPlace(_ state: inout ConsoleState) -> [Effect] {
        if let order = CommandTarget.orderToResubmit(state) {
            state.modal = .confirm(Confirmation(
                title: "Resubmit order \(order.id)?",
                lines: ["\(state.account.provider.displayName) sent order \(order.id) back (\(order.statusLabel)).",
                        "Submits it again with the fields as they are now (e to check them)."],
                action: .place(orderID: order.id)))
            return []
        }
        guard let order = state.lists.cartOrder else { return [] }
        if let read = readBeforeConfirming(&state, order) { return read }
        confirmPlacement(&state, order, items: state.lists.cartItems)
        return []
    }

    /// One part of an item (an Adility voucher): the rest of the item and the order stay.
    private static func askCancelPart(_ state: inout ConsoleState, _ part: OrderItem, orderID: String) -> [Effect] {
        let parent = state.lists.shownItems.first { $0.id == part.parentID }
        state.modal = .confirm(Confirmation(
            title: "Cancel \(part.name)?",
            lines: ["Cancels \(part.name) of \(parent?.name ?? "its item")", "in order \(orderID) on \(state.account.name).",
                    "It stops working at once, sent to the consumer or not;", "the rest of the order stays."],
            action: .cancelItem(orderID: orderID, itemID: part.id)))
        return []
    }

    private static func askCancel(_ state: inout ConsoleState) -> [Effect] {
        if state.lists.focus == .items {
            guard let (orderID, item) = CommandTarget.selectedItem(state) else { return [] }
            if item.parentID != nil { return askCancelPart(&state, item, orderID: orderID) }
            state.modal = .confirm(Confirmation(
                title: "Cancel item \(item.id)?",
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
        state.modal = .confirm(Confirmation(title: "Cancel order \(orderID)?", lines: lines,
                                            action: .cancelOrder(orderID: orderID)))
        return []
    }

    // MARK: Dialogs

    private static func handleModalKey(_ state: inout ConsoleState, _ modal: Modal, _ key: Key) -> [Effect] {
        switch modal {
        case .help(let scroll):
            state.modal = DialogScroll.scrolled(scroll, by: key, page: state.rowsPerPane, bottom: nil).map(Modal.help)
            return []
        case .detail(let orderID, let scroll):
            if let scrolled = DialogScroll.scrolled(scroll, by: key, page: state.rowsPerPane, bottom: nil) {
                state.modal = .detail(orderID: orderID, scroll: scrolled)
            } else if key == .char("y") {
                toast(&state, "Copied \(orderID) to the clipboard.")
                return [.copyToClipboard(orderID)]
            } else if [.escape, .char("q"), .enter].contains(key) {
                state.modal = nil
            }
            return []
        case .confirm(var confirmation):
            return handleConfirmKey(&state, &confirmation, key)
        case .picker(var picker):
            return handlePickerKey(&state, &picker, key)
        case .quantity(var prompt):
            return handleQuantityKey(&state, &prompt, key)
        case .form(var form):
            return handleFormKey(&state, &form, key)
        case .keyValues(var form):
            return handleKeyValueKey(&state, &form, key)
        case .input(var line):
            return handleInputKey(&state, &line, key)
        case .log(let scroll):
            let bottom = max(0, state.log.events.count - state.rowsPerPane)
            if let scrolled = DialogScroll.scrolled(scroll, by: key, page: state.rowsPerPane, bottom: bottom) {
                state.modal = .log(scroll: scrolled)
            } else if [.escape, .char("q"), .enter].contains(key) {
                state.modal = nil
            }
            return []
        case .text(var prompt):
            return handleTextKey(&state, &prompt, key)
        }
    }

    /// A confirmation: y places at once, ↵ answers what is selected (No by default), n and
    /// Esc go back to the form it came from, if any.
    private static func handleConfirmKey(_ state: inout ConsoleState, _ confirmation: inout Confirmation,
                                         _ key: Key) -> [Effect] {
        guard confirmation.canConfirm else {
            if [.char("y"), .char("Y"), .char("n"), .char("N"), .escape, .char("q"), .enter].contains(key) {
                state.modal = confirmation.form.map(Modal.form)
            }
            return []
        }
        switch key {
        case .char("y"), .char("Y"):
            state.modal = nil
            return confirmed(&state, confirmation.action)
        case .char("n"), .char("N"), .escape, .char("q"):
            state.modal = confirmation.form.map(Modal.form)
        case .left, .right, .tab, .backTab, .char("h"), .char("l"):
            confirmation.yesSelected.toggle()
            state.modal = .confirm(confirmation)
        case .enter:
            state.modal = confirmation.yesSelected ? nil : confirmation.form.map(Modal.form)
            return confirmation.yesSelected ? confirmed(&state, confirmation.action) : []
        default: break
        }
        return []
    }

    /// The free-text customer name of a provider without a customer list.
    private static func handleTextKey(_ state: inout ConsoleState, _ prompt: inout TextPrompt, _ key: Key) -> [Effect] {
        switch key {
        case .escape:
            state.modal = nil
            return []
        case .enter:
            let text = prompt.text.trimmingCharacters(in: .whitespaces)
            if case .offerID(let cartID) = prompt.purpose { return offerIDTyped(&state, &prompt, text, cartID: cartID) }
            guard !text.isEmpty else {
                prompt.error = "Type the customer's name, or Esc to cancel."
                state.modal = .text(prompt)
                return []
            }
            state.modal = nil
            track(&state, .savingCart)
            return [.createLocalCart(account: state.account.name, customerID: text, customerName: text)]
        default:
            if prompt.editor.apply(key, limit: TextPrompt.maximumLength) == .changed { prompt.error = nil }
        }
        state.modal = .text(prompt)
        return []
    }

    /// Keys of the all-accounts view; nil lets the key through to the keymap (`:`, `?`, `q`, `Z`).
    private static func handleOverviewKey(_ state: inout ConsoleState, _ key: Key) -> [Effect]? {
        guard var overview = state.refresh.overview else { return nil }
        let rows = overview.rows(now: state.now)
        switch state.keymap.command(for: key) {
        case .moveDown: overview.selected = min(max(0, rows.count - 1), overview.selected + 1)
        case .moveUp: overview.selected = max(0, overview.selected - 1)
        case .pageDown: overview.selected = min(max(0, rows.count - 1), overview.selected + state.rowsPerPane)
        case .pageUp: overview.selected = max(0, overview.selected - state.rowsPerPane)
        case .top: overview.selected = 0
        case .bottom: overview.selected = max(0, rows.count - 1)
        case .refresh:
            for name in overview.names { overview.accounts[name]?.due = state.now }
            state.refresh.overview = overview
            return refreshOverview(&state)
        case .open:
            guard rows.indices.contains(overview.selected) else { return [] }
            let row = rows[overview.selected]
            state.refresh.overview = nil
            var effects = row.account == state.account.name ? [] : reduce(&state, .switchAccount(row.account))
            state.lists.focus = .status
            state.lists.selection[.status] = row.order.id
            state.lists.itemsOrderID = row.order.id
            if state.lists.items[row.order.id] == nil { effects.append(.loadItems(account: row.account, orderID: row.order.id)) }
            return effects
        default:
            if key == .escape {
                state.refresh.overview = nil
                return []
            }
            return nil
        }
        state.refresh.overview = overview
        return []
    }

    private static func handleInputKey(_ state: inout ConsoleState, _ line: inout InputLine, _ key: Key) -> [Effect] {
        switch key {
        case .escape:
            if case .filter(let pane) = line.purpose { state.lists.filters[pane] = nil }
            state.modal = nil
            return []
        case .enter:
            state.modal = nil
            switch line.purpose {
            case .command:
                return ConsoleCommandLine.run(line.text.trimmingCharacters(in: .whitespaces), state: &state)
            case .filter(let pane):
                if let problem = state.lists.filters[pane]?.problem {
                    state.lists.filters[pane] = nil
                    toast(&state, "Filter cleared: \(problem).", kind: .error)
                }
                return []
            }
        case .tab where line.purpose == .command:
            line.text = ConsoleCommandLine.complete(line.text, state: state)
        case .backspace where line.text.isEmpty:
            state.modal = nil
            return []
        default:
            line.editor.apply(key)
        }
        if case .filter(let pane) = line.purpose {
            state.lists.filters[pane] = line.text.isEmpty ? nil : PaneFilter(line.text)
            state.lists.selection[pane] = state.lists.rowCount(pane) > 0 ? state.lists.rowID(pane, at: 0) : nil
        }
        state.modal = .input(line)
        return []
    }

    private static func handleQuantityKey(_ state: inout ConsoleState, _ prompt: inout QuantityPrompt,
                                          _ key: Key) -> [Effect] {
        switch key {
        case .char(let character) where character.isNumber && prompt.text == "0":
            prompt.editor = EditableText(String(character))
            prompt.error = nil
        case .escape:
            state.modal = nil
            return []
        case .enter:
            guard let quantity = prompt.quantity, let orderID = state.lists.cartOrderID else {
                prompt.error = "Enter a whole number from 1 to \(QuantityPrompt.maximum)."
                state.modal = .quantity(prompt)
                return []
            }
            state.modal = nil
            if state.lists.localCart(orderID) != nil {
                track(&state, .savingCart)
                return [.addCartLine(account: state.account.name, cartID: orderID, offer: prompt.offer, quantity: quantity,
                                     parameters: [:])]
            }
            track(&state, .addingItem, orderID: orderID)
            return [.addItem(account: state.account.name, orderID: orderID, offerID: prompt.offer.id, quantity: quantity)]
        default:
            switch prompt.editor.apply(key, accepts: \.isNumber) {
            case .changed: prompt.error = nil
            case .moved: break
            case .notEditing: prompt.error = "Only digits: how many \(prompt.offer.name)?"
            }
        }
        state.modal = .quantity(prompt)
        return []
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
            if let reason = entry.unavailableReason {
                toast(&state, "\(entry.label) is not available: \(reason).", kind: .error)
                return []
            }
            state.modal = nil
            return chosen(&state, entry, for: picker.purpose)
        default: break
        }
        state.modal = .picker(picker)
        return []
    }

    private static func chosen(_ state: inout ConsoleState, _ entry: Picker.Entry, for purpose: Picker.Purpose) -> [Effect] {
        let account = state.account.name
        switch purpose {
        case .customer:
            if state.account.capabilities.serverSideDrafts {
                track(&state, .creatingDraft)
                return [.createDraft(account: account, customerID: entry.id)]
            }
            track(&state, .savingCart)
            return [.createLocalCart(account: account, customerID: entry.id, customerName: entry.label)]
        case .offer:
            guard let offer = state.lookups.offers?.first(where: { $0.id == entry.id }), let cartID = state.lists.cartOrderID else { return [] }
            let purpose = FieldForm.Purpose.newLine(cartID: cartID, offer: offer)
            state.modal = .form(FieldForm(purpose: purpose, title: "Add \(offer.name)"))
            return [.loadForm(account: account, purpose)]
        case .account:
            return reduce(&state, .switchAccount(entry.id))
        case .operation(let orderID):
            guard let operation = state.lookups.operations[orderID]?.first(where: { $0.id == entry.id }) else { return [] }
            return startOperation(&state, operation, orderID: orderID)
        }
    }

    private static func confirmed(_ state: inout ConsoleState, _ action: Confirmation.Action) -> [Effect] {
        if case .unavailable(let reason) = Availability.confirming(action, in: state) {
            toast(&state, reason.message(for: action.command), kind: .error)
            return []
        }
        let account = state.account.name
        switch action {
        case .deleteItem(let orderID, let itemID):
            track(&state, .deletingItem, orderID: orderID)
            return [.deleteItem(account: account, orderID: orderID, itemID: itemID)]
        case .place(let orderID):
            track(&state, .placing, orderID: orderID)
            let items = state.lists.items[orderID] ?? state.lists.order(orderID)?.items ?? []
            let content = PlacementJournal.lineContent(items.map { ($0.offerID, $0.quantity) })
            let isDraft = state.lists.order(orderID)?.phase.isUnplaced ?? true
            return [.place(account: account, orderID: orderID, content: content, verifyLines: isDraft)]
        case .removeCartLine(let cartID, let lineID):
            track(&state, .savingCart)
            return [.removeCartLine(account: account, cartID: cartID, lineID: lineID)]
        case .placeCart(let cartID):
            guard let cart = state.lists.localCart(cartID) else { return [] }
            track(&state, .placing, orderID: cartID)
            return [.placeCart(account: account, cart: cart)]
        case .cancelOrder(let orderID):
            track(&state, .cancelling, orderID: orderID)
            return [.cancelOrder(account: account, orderID: orderID)]
        case .cancelItem(let orderID, let itemID):
            track(&state, .cancelling, orderID: orderID)
            return [.cancelItem(account: account, orderID: orderID, itemID: itemID)]
        case .performOperation(let orderID, let operation, let fields):
            return perform(&state, operation, orderID: orderID, fields: fields)
        }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
