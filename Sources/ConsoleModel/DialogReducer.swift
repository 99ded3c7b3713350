import Foundation
import OrderKit
import Placement

/// The modal and forms: every key while a dialog, a form, a picker, a prompt or a view is
/// open goes here, and so do the answers those dialogs wait for.
enum DialogReducer {
    static func handleModalKey(_ state: inout ConsoleState, _ modal: Modal, _ key: Key) -> [Effect] {
        switch modal {
        case .help(let scroll):
            scrollOrClose(&state, scroll, key, closedAlsoBy: .help, view: Modal.help)
            return []
        case .detail(let orderID, let scroll, let column):
            if scrollOrClose(&state, scroll, key, view: { .detail(orderID: orderID, scroll: $0, column: column) }) { return [] }
            if let sideways = DialogScroll.sideways(column, by: key, right: state.dialog.extent?.right) {
                state.dialog.modal = .detail(orderID: orderID, scroll: scroll, column: sideways)
            } else if key == .char("y") {
                state.say("Copied \(orderID) to the clipboard.")
                return [.copyToClipboard(orderID)]
            }
            return []
        case .messages(let selected):
            return handleMessagesKey(&state, selected: selected, key)
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
            scrollOrClose(&state, scroll, key, view: Modal.log)
            return []
        case .text(var prompt):
            return handleTextKey(&state, &prompt, key)
        }
    }

    /// Whether a key closes a view: Esc, q and ↵ close any, and a view opened by a key
    /// (`?`, `m`) closes on it too.
    private static func closes(_ key: Key, _ state: ConsoleState, alsoBy command: Command?) -> Bool {
        [.escape, .char("q"), .enter].contains(key) || (command != nil && state.keymap.command(for: key) == command)
    }

    /// A scrolling view's keys: the list keys scroll it as far as the last frame measured,
    /// the closing keys close it; true when the key did either.
    @discardableResult
    private static func scrollOrClose(_ state: inout ConsoleState, _ scroll: Int, _ key: Key, closedAlsoBy command: Command? = nil,
                                      view: (Int) -> Modal) -> Bool {
        if let scrolled = DialogScroll.scrolled(scroll, by: key, keymap: state.keymap, page: state.rowsPerPane, bottom: state.dialog.extent?.bottom) {
            state.dialog.modal = view(scrolled)
        } else if closes(key, state, alsoBy: command) {
            state.dialog.modal = nil
        } else {
            return false
        }
        return true
    }

    /// A confirmation: y places at once, ↵ answers what is selected (No by default), n and
    /// Esc go back to the form it came from, if any.
    private static func handleConfirmKey(_ state: inout ConsoleState, _ confirmation: inout Confirmation,
                                         _ key: Key) -> [Effect] {
        guard confirmation.canConfirm else {
            if [.char("y"), .char("Y"), .char("n"), .char("N"), .escape, .char("q"), .enter].contains(key) {
                state.dialog.modal = confirmation.form.map(Modal.form)
            }
            return []
        }
        switch key {
        case .char("y"), .char("Y"):
            state.dialog.modal = nil
            return confirmed(&state, confirmation.action)
        case .char("n"), .char("N"), .escape, .char("q"):
            state.dialog.modal = confirmation.form.map(Modal.form)
        case .left, .right, .tab, .backTab, .char("h"), .char("l"):
            confirmation.yesSelected.toggle()
            state.dialog.modal = .confirm(confirmation)
        case .enter:
            state.dialog.modal = confirmation.yesSelected ? nil : confirmation.form.map(Modal.form)
            return confirmation.yesSelected ? confirmed(&state, confirmation.action) : []
        default: break
        }
        return []
    }

    /// The free-text customer name of a provider without a customer list.
    private static func handleTextKey(_ state: inout ConsoleState, _ prompt: inout TextPrompt, _ key: Key) -> [Effect] {
        switch key {
        case .escape:
            state.dialog.modal = nil
            return []
        case .enter:
            let text = prompt.text.trimmingCharacters(in: .whitespaces)
            if case .offerID(let cartID) = prompt.purpose { return offerIDTyped(&state, &prompt, text, cartID: cartID) }
            guard !text.isEmpty else {
                prompt.error = "Type the customer's name, or Esc to cancel."
                state.dialog.modal = .text(prompt)
                return []
            }
            state.dialog.modal = nil
            state.placement.track(.savingCart, at: state.now)
            return [.createLocalCart(account: state.account.name, customerID: text, customerName: text)]
        default:
            if prompt.editor.apply(key, limit: TextPrompt.maximumLength) == .changed { prompt.error = nil }
        }
        state.dialog.modal = .text(prompt)
        return []
    }

    /// Keys of the all-accounts view; nil lets the key through to the keymap (`:`, `?`, `q`, `Z`).
    static func handleOverviewKey(_ state: inout ConsoleState, _ key: Key) -> [Effect]? {
        guard var overview = state.refresh.overview else { return nil }
        let rows = overview.rows(now: state.now)
        if let move = ListMove.of(key, keymap: state.keymap) {
            overview.selected = move.applied(to: overview.selected, count: rows.count, page: state.rowsPerPane)
            state.refresh.overview = overview
            return []
        }
        switch state.keymap.command(for: key) {
        case .refresh:
            for name in overview.names { overview.accounts[name]?.due = state.now }
            state.refresh.overview = overview
            return RefreshReducer.refreshOverview(&state)
        case .open:
            guard rows.indices.contains(overview.selected) else { return [] }
            let row = rows[overview.selected]
            state.refresh.overview = nil
            var effects = row.account == state.account.name ? [] : ConsoleReducer.reduce(&state, .switchAccount(row.account))
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
            state.dialog.modal = nil
            return []
        case .enter:
            state.dialog.modal = nil
            state.dialog.typedLines.add(line.text.trimmingCharacters(in: .whitespaces), for: line.purpose)
            switch line.purpose {
            case .command:
                return ConsoleCommandLine.run(line.text.trimmingCharacters(in: .whitespaces), state: &state)
            case .filter(let pane):
                if let problem = state.lists.filters[pane]?.problem {
                    state.lists.filters[pane] = nil
                    state.say("Filter cleared: \(problem).", kind: .error)
                }
                return []
            }
        case .tab where line.purpose == .command:
            line.text = ConsoleCommandLine.complete(line.text, state: state)
        case .up, .down:
            line.recall(back: key == .up)
        case .backspace where line.text.isEmpty:
            state.dialog.modal = nil
            return []
        default:
            line.editor.apply(key)
        }
        if case .filter(let pane) = line.purpose {
            state.lists.filters[pane] = line.text.isEmpty ? nil : PaneFilter(line.text)
            state.lists.selection[pane] = state.lists.rowCount(pane) > 0 ? state.lists.rowID(pane, at: 0) : nil
        }
        state.dialog.modal = .input(line)
        return []
    }

    private static func handleQuantityKey(_ state: inout ConsoleState, _ prompt: inout QuantityPrompt,
                                          _ key: Key) -> [Effect] {
        switch key {
        case .char(let character) where character.isNumber && prompt.text == "0":
            prompt.editor = EditableText(String(character))
            prompt.error = nil
        case .escape:
            state.dialog.modal = nil
            return []
        case .enter:
            guard let quantity = prompt.quantity, let orderID = state.lists.cartOrderID else {
                prompt.error = "Enter a whole number from 1 to \(QuantityPrompt.maximum)."
                state.dialog.modal = .quantity(prompt)
                return []
            }
            state.dialog.modal = nil
            if state.lists.localCart(orderID) != nil {
                state.placement.track(.savingCart, at: state.now)
                return [.addCartLine(account: state.account.name, cartID: orderID, offer: prompt.offer, quantity: quantity,
                                     parameters: [:])]
            }
            state.placement.track(.addingItem, orderID: orderID, at: state.now)
            return [.addItem(account: state.account.name, orderID: orderID, offerID: prompt.offer.id, quantity: quantity)]
        default:
            switch prompt.editor.apply(key, accepts: \.isNumber) {
            case .changed: prompt.error = nil
            case .moved: break
            case .notEditing: prompt.error = "Only digits: how many \(prompt.offer.name)?"
            }
        }
        state.dialog.modal = .quantity(prompt)
        return []
    }

    /// A picker: the list keys move (`ListMove`); any other printable key starts the
    /// filter, and while it filters every printable key is text and only ↑↓, PgUp/PgDn and
    /// Home/End move. Esc clears the filter first, then closes.
    private static func handlePickerKey(_ state: inout ConsoleState, _ picker: inout Picker, _ key: Key) -> [Effect] {
        let typing = !picker.query.isEmpty
        if let move = ListMove.of(key, keymap: state.keymap, typing: typing) {
            picker.selected = move.applied(to: picker.selected, count: picker.visible.count, page: state.rowsPerPane)
            state.dialog.modal = .picker(picker)
            return []
        }
        switch key {
        case .escape where typing:
            picker.query = ""
            picker.selected = 0
        case .escape:
            state.dialog.modal = nil
            return []
        case .backspace:
            picker.query = String(picker.query.dropLast())
            picker.selected = 0
        case .char(let character):
            picker.query.append(character)
            picker.selected = 0
        case .enter:
            guard let entry = picker.selectedEntry else { return [] }
            if let reason = entry.unavailableReason {
                state.say("\(entry.label) is not available: \(reason).", kind: .error)
                return []
            }
            state.dialog.modal = nil
            return chosen(&state, entry, for: picker.purpose)
        default: break
        }
        state.dialog.modal = .picker(picker)
        return []
    }

    /// `:messages`: the session's messages, newest at the bottom and selected; the list keys
    /// move the selection, y copies the selected message.
    private static func handleMessagesKey(_ state: inout ConsoleState, selected: Int, _ key: Key) -> [Effect] {
        let said = state.messages.said
        if let move = ListMove.of(key, keymap: state.keymap) {
            state.dialog.modal = .messages(selected: move.applied(to: selected, count: said.count, page: state.rowsPerPane))
        } else if key == .char("y"), said.indices.contains(selected) {
            let text = said[selected].text
            state.say("Copied the message to the clipboard.")
            return [.copyToClipboard(text)]
        } else if closes(key, state, alsoBy: .messages) {
            state.dialog.modal = nil
        }
        return []
    }

    static func chosen(_ state: inout ConsoleState, _ entry: Picker.Entry, for purpose: Picker.Purpose) -> [Effect] {
        let account = state.account.name
        switch purpose {
        case .customer:
            if state.account.capabilities.serverSideDrafts {
                state.placement.track(.creatingDraft, at: state.now)
                return [.createDraft(account: account, customerID: entry.id)]
            }
            state.placement.track(.savingCart, at: state.now)
            return [.createLocalCart(account: account, customerID: entry.id, customerName: entry.label)]
        case .offer:
            guard let offer = state.lookups.offers?.first(where: { $0.id == entry.id }), let cartID = state.lists.cartOrderID else { return [] }
            return openForm(&state, FieldForm(purpose: .newLine(cartID: cartID, offer: offer), title: "Add \(offer.name)"))
        case .account:
            return ConsoleReducer.reduce(&state, .switchAccount(entry.id))
        case .operation(let orderID):
            guard let operation = state.lookups.operations[orderID]?.first(where: { $0.id == entry.id }) else { return [] }
            return startOperation(&state, operation, orderID: orderID)
        }
    }

    static func confirmed(_ state: inout ConsoleState, _ action: Confirmation.Action) -> [Effect] {
        if case .unavailable(let reason) = Availability.confirming(action, in: state) {
            state.say(reason.message(for: action.command), kind: .error)
            return []
        }
        let account = state.account.name
        switch action {
        case .deleteItem(let orderID, let itemID):
            state.placement.track(.deletingItem, orderID: orderID, at: state.now)
            return [.deleteItem(account: account, orderID: orderID, itemID: itemID)]
        case .place(let orderID):
            state.placement.track(.placing, orderID: orderID, at: state.now)
            let items = state.lists.items[orderID] ?? state.lists.order(orderID)?.items ?? []
            let content = PlacementJournal.lineContent(items.map { ($0.offerID, $0.quantity) })
            let isDraft = state.lists.order(orderID)?.phase.isUnplaced ?? true
            return [.place(account: account, orderID: orderID, content: content, verifyLines: isDraft)]
        case .removeCartLine(let cartID, let lineID):
            state.placement.track(.savingCart, at: state.now)
            return [.removeCartLine(account: account, cartID: cartID, lineID: lineID)]
        case .placeCart(let cartID):
            guard let cart = state.lists.localCart(cartID) else { return [] }
            state.placement.track(.placing, orderID: cartID, at: state.now)
            return [.placeCart(account: account, cart: cart)]
        case .cancelOrder(let orderID):
            state.placement.track(.cancelling, orderID: orderID, at: state.now)
            return [.cancelOrder(account: account, orderID: orderID)]
        case .cancelItem(let orderID, let itemID):
            state.placement.track(.cancelling, orderID: orderID, at: state.now)
            return [.cancelItem(account: account, orderID: orderID, itemID: itemID)]
        case .performOperation(let orderID, let operation, let fields):
            return perform(&state, operation, orderID: orderID, fields: fields)
        }
    }
}

