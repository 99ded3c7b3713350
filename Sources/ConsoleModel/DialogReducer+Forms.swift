import OrderKit
import Placement

/// Forms and provider operations: order fields and characteristics (`e`), a line's form
/// when adding an item, and the order actions menu (`o`) with its forms, previews and
/// confirmations.
extension DialogReducer {
    // MARK: Opening

    static func editFields(_ state: inout ConsoleState) -> [Effect] {
        if state.lists.focus == .cart, let (cartID, line) = CommandTarget.cartLine(state) {
            if state.account.capabilities.lineForms == .templates { return editTemplateLine(&state, cartID: cartID, line) }
            let offer = Offer(id: line.offerID, name: line.name, price: line.unitPrice)
            return openForm(&state, FieldForm(purpose: .cartLine(cartID: cartID, lineID: line.id, offer: offer),
                                              title: "Change \(line.name)",
                                              notes: ["Only this cart changes; nothing is sent until you place it."]))
        }
        if state.lists.focus == .items, state.account.capabilities.characteristics,
           let (orderID, item) = CommandTarget.selectedItem(state) {
            return openForm(&state, FieldForm(purpose: .characteristics(orderID: orderID, itemID: item.id),
                                              title: "Characteristics of \(item.name)",
                                              notes: ["Item \(item.id) of order \(orderID)."]))
        }
        guard let order = CommandTarget.providerOrder(state) else { return [] }
        return openForm(&state, FieldForm(purpose: .orderFields(orderID: order.id), title: "Fields of order \(order.id)"))
    }

    static func openOperations(_ state: inout ConsoleState) -> [Effect] {
        guard let order = CommandTarget.providerOrder(state) else { return [] }
        state.dialog.modal = .picker(Picker(purpose: .operation(orderID: order.id),
                                     entries: state.lookups.operations[order.id].map { $0.map(operationEntry) }))
        return [.loadOperations(account: state.account.name, order: order)]
    }

    private static func operationEntry(_ operation: OrderOperation) -> Picker.Entry {
        Picker.Entry(id: operation.id, label: operation.title, detail: operation.unavailableReason ?? operation.summary,
                     unavailableReason: operation.unavailableReason)
    }

    static func openForm(_ state: inout ConsoleState, _ form: FieldForm) -> [Effect] {
        var form = form
        form.restore(state.dialog.kept.take(form.purpose))
        state.dialog.modal = .form(form)
        return [.loadForm(account: state.account.name, form.purpose)]
    }

    static func startOperation(_ state: inout ConsoleState, _ operation: OrderOperation, orderID: String) -> [Effect] {
        if operation.hasForm {
            return openForm(&state, FieldForm(purpose: .operation(orderID: orderID, operation),
                                              title: "\(operation.title) · order \(orderID)",
                                              notes: [operation.summary], warnings: operation.warning))
        }
        return proceed(&state, operation, orderID: orderID, fields: [], form: nil)
    }

    /// After the form (if any): the preview, the confirmation, or straight to the provider.
    private static func proceed(_ state: inout ConsoleState, _ operation: OrderOperation, orderID: String,
                                fields: [CustomField], form: FieldForm?) -> [Effect] {
        if operation.previews {
            state.placement.track(.previewingOperation(operation), orderID: orderID, at: state.now)
            if var form {
                form.sending = true
                state.dialog.modal = .form(form)
            }
            return [.previewOperation(account: state.account.name, orderID: orderID, operation, fields: fields)]
        }
        if operation.confirms {
            state.dialog.modal = .confirm(confirmation(operation, orderID: orderID, fields: fields, form: form,
                                                lines: [operation.summary]))
            return []
        }
        state.dialog.modal = nil
        return perform(&state, operation, orderID: orderID, fields: fields)
    }

    static func confirmation(_ operation: OrderOperation, orderID: String, fields: [CustomField],
                                     form: FieldForm?, lines: [String]) -> Confirmation {
        let creates = operation.creates.map {
            ["", "Yes creates a \($0.displayName) order as a draft, then asks whether to place it."]
        } ?? []
        return Confirmation(title: "\(operation.title) · order \(orderID)?", lines: lines + operation.warning + creates,
                            action: .performOperation(orderID: orderID, operation: operation, fields: fields), form: form)
    }

    static func perform(_ state: inout ConsoleState, _ operation: OrderOperation, orderID: String,
                        fields: [CustomField]) -> [Effect] {
        if operation.createsOrder, !RefreshReducer.journalAllows(&state, operation.title.lowercased()) { return [] }
        state.placement.track(.performingOperation(operation), orderID: orderID, at: state.now)
        return [.performOperation(account: state.account.name, orderID: orderID, operation, fields: fields)]
    }

    // MARK: Keys

    static func handleFormKey(_ state: inout ConsoleState, _ form: inout FieldForm, _ key: Key) -> [Effect] {
        switch form.handle(key) {
        case .cancelled:
            state.dialog.modal = nil
            state.dialog.kept.keep(form)
            if state.dialog.kept.holds(form.purpose) { state.say("What you typed is kept: it is back when you open this form again.") }
            return []
        case .editing:
            state.dialog.modal = .form(form)
            return []
        case .submitted:
            return submit(&state, form)
        }
    }

    private static func submit(_ state: inout ConsoleState, _ form: FieldForm) -> [Effect] {
        let account = state.account.name
        switch form.purpose {
        case .orderFields(let orderID), .characteristics(let orderID, _):
            let changed = form.changed
            guard !changed.isEmpty else {
                state.dialog.modal = nil
                state.say("Nothing changed on \(orderID).", about: orderID)
                return []
            }
            var sending = form
            sending.sending = true
            state.dialog.modal = .form(sending)
            state.placement.track(.savingFields, orderID: orderID, at: state.now)
            return [.saveFields(account: account, form.purpose, fields: changed)]
        case .newLine(let cartID, _), .cartLine(let cartID, _, _):
            // The form refuses a bad quantity under its field before it submits.
            guard let quantity = form.quantity else { return [] }
            var parameters: [String: String] = [:]
            for field in form.filled where field.key != form.quantityKey && !field.value.isEmpty {
                parameters[field.key] = field.value
            }
            state.dialog.modal = nil
            if case .cartLine(_, let lineID, _) = form.purpose {
                state.placement.track(.savingCart, at: state.now)
                return [.updateCartLine(account: account, cartID: cartID, lineID: lineID, quantity: quantity,
                                        parameters: parameters, unitPrice: form.chosenUnitPrice)]
            }
            guard case .newLine(_, let offer) = form.purpose else { return [] }
            if state.lists.localCart(cartID) != nil {
                state.placement.track(.savingCart, at: state.now)
                return [.addCartLine(account: account, cartID: cartID, offer: offer, quantity: quantity,
                                     parameters: parameters, unitPrice: form.chosenUnitPrice)]
            }
            state.placement.track(.addingItem, orderID: cartID, at: state.now)
            return [.addItem(account: account, orderID: cartID, offerID: offer.id, quantity: quantity)]
        case .operation(let orderID, let operation):
            return proceed(&state, operation, orderID: orderID, fields: form.filled, form: form)
        }
    }

    // MARK: Answers

    /// The answers forms and provider operations wait for.
    static func formAnswered(_ state: inout ConsoleState, _ action: Action) -> [Effect] {
        switch action {
        case .formLoaded(_, let purpose, let result, let quantityKey):
            return formLoaded(&state, purpose, result, quantityKey: quantityKey)
        case .fieldsSaved(_, let purpose, let result):
            return fieldsSaved(&state, purpose, result)
        case .operationsLoaded(_, let orderID, let operations):
            return operationsLoaded(&state, orderID: orderID, operations)
        case .operationPreviewed(_, let orderID, let operation, let fields, let result):
            return operationPreviewed(&state, orderID: orderID, operation, fields: fields, result)
        case .operationPerformed(_, let orderID, let operation, let result):
            return operationPerformed(&state, orderID: orderID, operation, result)
        default:
            return []
        }
    }

    static func formLoaded(_ state: inout ConsoleState, _ purpose: FieldForm.Purpose,
                           _ result: Result<[CustomField], OrderError>, quantityKey: String?) -> [Effect] {
        guard case .form(var form) = state.dialog.modal, form.purpose == purpose else { return [] }
        switch result {
        case .success(let fields) where fields.isEmpty:
            if case .newLine(_, let offer) = purpose {
                state.dialog.modal = .quantity(QuantityPrompt(offer: offer))
            } else {
                state.dialog.modal = nil
                state.say("There is nothing to fill in here.")
            }
        case .success(let fields):
            form.quantityKey = quantityKey
            form.load(fields)
            state.dialog.modal = .form(form)
        case .failure(let error):
            state.dialog.modal = nil
            state.show(error)
        }
        return []
    }

    static func fieldsSaved(_ state: inout ConsoleState, _ purpose: FieldForm.Purpose,
                            _ result: Result<[CustomField], OrderError>) -> [Effect] {
        let orderID = switch purpose {
        case .orderFields(let orderID), .characteristics(let orderID, _), .operation(let orderID, _): orderID
        case .newLine(let cartID, _), .cartLine(let cartID, _, _): cartID
        }
        state.placement.finish(.savingFields, orderID: orderID)
        let open: FieldForm? = if case .form(let form) = state.dialog.modal, form.purpose == purpose { form } else { nil }
        switch result {
        case .success(let fields):
            let sent = Set(open?.changed.map(\.key) ?? [])
            let refused = fields.filter { $0.error != nil && sent.contains($0.key) }
            if var form = open, !refused.isEmpty {
                form.sending = false
                form.load(fields)
                state.dialog.modal = .form(form)
                state.say("\(state.account.provider.displayName) refused \(refused.map(\.name).joined(separator: ", ")): see the form.",
                      kind: .error, lifetime: 10)
            } else {
                if open != nil { state.dialog.modal = nil }
                let pending = fields.filter { $0.error != nil }.map(\.name)
                if pending.isEmpty {
                    state.say("Saved on \(orderID).", about: orderID)
                } else {
                    state.say("Saved on \(orderID). Still to fix: \(pending.joined(separator: ", ")) (e to edit).",
                          kind: .error, lifetime: 10)
                }
                if state.lists.localCart(orderID) == nil {
                    // The detail view shows what was saved at once, read back from the provider.
                    state.lookups.details[orderID] = nil
                    return [.loadOrder(account: state.account.name, orderID: orderID),
                            .loadDetails(account: state.account.name, orderID: orderID)]
                }
            }
        case .failure(let error):
            if var form = open {
                form.sending = false
                state.dialog.modal = .form(form)
            }
            guard !PlacementJournal.isRefusal(error), state.lists.localCart(orderID) == nil else {
                state.show(error)
                return []
            }
            // The values may have been saved anyway: what the provider holds is read back for
            // the detail view, and the form keeps the values to send again (saving is idempotent).
            state.say("\(error.message) Reading order \(orderID) again; ↵ in the form sends the values again.",
                  kind: .error, lifetime: 10)
            state.lookups.details[orderID] = nil
            return [.loadOrder(account: state.account.name, orderID: orderID),
                    .loadDetails(account: state.account.name, orderID: orderID)]
        }
        return []
    }

    static func operationsLoaded(_ state: inout ConsoleState, orderID: String, _ operations: [OrderOperation]) -> [Effect] {
        state.lookups.operations[orderID] = operations
        guard case .picker(var picker) = state.dialog.modal, picker.purpose == .operation(orderID: orderID) else { return [] }
        guard !operations.isEmpty else {
            state.dialog.modal = nil
            let status = state.lists.order(orderID).map { " (\($0.status))" } ?? ""
            state.say("\(state.account.provider.displayName) offers nothing more for order \(orderID)\(status) now.")
            return []
        }
        picker.entries = operations.map(operationEntry)
        state.dialog.modal = .picker(picker)
        return []
    }

    static func operationPreviewed(_ state: inout ConsoleState, orderID: String, _ operation: OrderOperation,
                                   fields: [CustomField], _ result: Result<[String], OrderError>) -> [Effect] {
        state.placement.finish(.previewingOperation(operation), orderID: orderID)
        var form: FieldForm?
        if case .form(var open) = state.dialog.modal, open.purpose == .operation(orderID: orderID, operation) {
            open.sending = false
            form = open
        } else if state.dialog.modal != nil {
            state.say("The preview of \(operation.title.lowercased()) is ready: press o again to see it.")
            return []
        }
        switch result {
        case .success(let lines):
            state.dialog.modal = .confirm(confirmation(operation, orderID: orderID, fields: fields, form: form,
                                                lines: lines.isEmpty ? [operation.summary] : lines))
        case .failure(let error):
            state.dialog.modal = form.map(Modal.form)
            state.say("Cannot preview it: \(error.message) Nothing was changed.", kind: .error, lifetime: 10)
        }
        return []
    }

    /// A Change or Termination order created as a draft becomes the cart, and placing it is
    /// asked at once (the same fresh-read confirmation as any draft's): create and place in
    /// one flow, while No keeps it as the cart to place later.
    private static func createdDraftToPlace(_ state: inout ConsoleState, _ order: Order) -> [Effect] {
        let name = "\(order.kind?.displayName ?? "New") order \(order.id)"
        state.lists.cartOrderID = order.id
        state.lists.selection[.drafts] = order.id
        state.lists.focus = .cart
        state.lists.items[order.id] = order.items.isEmpty ? nil : order.items
        guard case .available = Availability.now(.place, in: state) else {
            state.say("\(name) created as a draft: it is the cart; press p to place it.")
            return ConsoleReducer.loadItemsIfMissing(state, order.id)
        }
        state.say("\(name) created as a draft: confirm placing it now, or No to keep it as the cart.")
        return ConsoleReducer.loadItemsIfMissing(state, order.id) + (PlacementReducer.readBeforeConfirming(&state, order) ?? [])
    }

    static func operationPerformed(_ state: inout ConsoleState, orderID: String, _ operation: OrderOperation,
                                   _ result: Result<Order, OrderError>) -> [Effect] {
        state.placement.finish(.performingOperation(operation), orderID: orderID)
        switch result {
        case .success(let order):
            let before = state.lists.order(order.id)
            PlacementReducer.learn(&state, order, replacing: [order.id], sorted: true)
            // A return or change alters the original's lines too: both are read again.
            for changed in [order.id, orderID] {
                state.lists.items[changed] = nil
                state.lookups.details[changed] = nil
            }
            state.lookups.history.note(order, at: state.now, before: before)
            let created = order.id != orderID
            if created, operation.creates != nil, order.phase.isUnplaced {
                return createdDraftToPlace(&state, order) + RefreshReducer.requestRefresh(&state)
            }
            if created, !order.phase.isUnplaced {
                state.lists.focus = .status
                state.lists.selection[.status] = order.id
                state.lists.itemsOrderID = order.id
            }
            state.say(created ? "\(operation.title): order \(order.id) created, \(order.status)."
                                  : "\(operation.title): order \(order.id) is now \(order.status).", about: order.id)
            return [.loadItems(account: state.account.name, orderID: order.id)] + RefreshReducer.requestRefresh(&state)
        case .failure(let error):
            if !operation.createsOrder, !PlacementJournal.isRefusal(error), let order = state.lists.order(orderID) {
                return PlacementReducer.orderWriteUnclear(&state, .operation(title: operation.title, status: order.status), orderID: orderID, error)
            }
            state.show(error)
            guard operation.createsOrder, !PlacementJournal.isRefusal(error) else { return [] }
            RefreshReducer.recheckJournal(&state, "\(error.message) Checking with the provider whether the \(operation.title.lowercased()) created an order before anything else.")
            return RefreshReducer.requestRefresh(&state)
        }
    }
}
