import Foundation
import OrderKit
import Placement

/// The writing answers: drafts and local carts, pricing, placing and cancelling.
enum PlacementReducer {
    /// Drafts, carts, pricing, placing and cancelling: the writing answers.
    static func placementAnswered(_ state: inout ConsoleState, _ action: Action) -> [Effect] {
        switch action {
        case .draftCreated(_, let result):
            return draftCreated(&state, result)
        case .itemAdded(_, let orderID, let offerID, let result):
            return itemAdded(&state, orderID: orderID, offerID: offerID, result)
        case .itemDeleted(_, let orderID, let itemID, let error):
            state.placement.finish(.deletingItem, orderID: orderID)
            if let error {
                return writeUnclear(&state, .deleteItem(itemID: itemID), orderID: orderID, error)
            }
            state.lists.items[orderID]?.removeAll { $0.id == itemID }
            state.say("Item deleted from draft \(orderID).")
            return [.loadItems(account: state.account.name, orderID: orderID)]
        case .placed(_, let orderID, let result):
            return placed(&state, orderID: orderID, result)
        case .cartSaved(_, let result, let note, let addedLineID):
            return cartSaved(&state, result, note: note, addedLineID: addedLineID)
        case .quoteLoaded(_, let subject, let result):
            return quoteLoaded(&state, subject: subject, result)
        case .draftReread(_, let orderID, let result):
            return draftReread(&state, orderID: orderID, result)
        case .placementStopped(_, let orderID, let stop):
            return placementStopped(&state, orderID: orderID, stop)
        case .fieldsNeeded(_, let orderID, let fields):
            return fieldsNeeded(&state, orderID: orderID, fields)
        case .cancelled(_, let orderID, let result):
            state.placement.finish(.cancelling, orderID: orderID)
            switch result {
            case .success(let order):
                let before = (state.lists.items[order.id] ?? state.lists.order(order.id)?.items ?? []).flatMap(\.withParts)
                if let index = state.lists.orders.firstIndex(where: { $0.id == order.id }) { state.lists.orders[index] = order }
                state.lists.items[order.id] = nil
                state.say(cancelledText(order, before: before), about: order.id)
                return [.loadItems(account: state.account.name, orderID: order.id)]
            case .failure(let error):
                guard !PlacementJournal.isRefusal(error), let order = state.lists.order(orderID) else {
                    state.show(error)
                    return []
                }
                return orderWriteUnclear(&state, .cancel(status: order.status), orderID: orderID, error)
            }
        default:
            return []
        }
    }

    /// What a cancel changed: the one part (a voucher) whose status moved while the order
    /// stayed, else the order's new status.
    private static func cancelledText(_ order: Order, before: [OrderItem]) -> String {
        let changed = order.items.flatMap(\.parts).filter { part in
            before.first { $0.id == part.id }.map { $0.status != part.status } ?? false
        }
        guard order.phase != .cancelled, changed.count == 1, let part = changed.first else {
            return "\(order.id) is now \(order.statusLabel)."
        }
        return "\(part.name.capitalizedFirst) of order \(order.id) is now \(part.statusLabel)."
    }

    static func draftCreated(_ state: inout ConsoleState, _ result: Result<Order, OrderError>) -> [Effect] {
        state.placement.finish(.creatingDraft)
        switch result {
        case .success(let order):
            learn(&state, order, replacing: [order.id], sorted: false)
            state.lookups.history.note(order, at: state.now, before: nil)
            state.lists.cartOrderID = order.id
            state.lists.items[order.id] = order.items
            state.lists.selection[.drafts] = order.id
            state.lists.focus = .cart
            state.say("Draft \(order.id) created for \(order.customerLabel): press a to add items.", about: order.id)
        case .failure(let error):
            state.show(error)
        }
        return []
    }

    /// A line write answered with an error: the provider may have applied it anyway, so the
    /// draft is read again and the console then says what it holds.
    private static func writeUnclear(_ state: inout ConsoleState, _ write: UnclearWrite, orderID: String,
                             _ error: OrderError) -> [Effect] {
        state.placement.unclearWrites[orderID] = write
        state.say("\(error.message) Reading draft \(orderID) again to see what it holds.", kind: .error, lifetime: 10, about: orderID)
        return [.loadItems(account: state.account.name, orderID: orderID)]
    }

    /// A cancel or an operation answered with an error that is not a refusal: the order is
    /// read again, and the console then says whether it went through after all.
    static func orderWriteUnclear(_ state: inout ConsoleState, _ write: UnclearWrite, orderID: String,
                                  _ error: OrderError) -> [Effect] {
        state.placement.unclearWrites[orderID] = write
        state.say("\(error.message) Reading order \(orderID) again to see what the provider holds.", kind: .error, lifetime: 10, about: orderID)
        return [.loadOrder(account: state.account.name, orderID: orderID)]
    }

    /// The draft's lines, read again after an unclear write: says what happened after all.
    static func unclearWriteSettled(_ state: inout ConsoleState, orderID: String, held: [OrderItem]) {
        guard let write = state.placement.unclearWrites[orderID], !write.readsTheOrder else { return }
        state.placement.unclearWrites[orderID] = nil
        state.say(write.outcome(held: held, draft: "draft \(orderID)"), lifetime: 10)
    }

    /// The order, read again after an unclear cancel or operation: says what happened after all.
    static func unclearWriteSettled(_ state: inout ConsoleState, read order: Order) {
        guard let write = state.placement.unclearWrites[order.id], write.readsTheOrder else { return }
        state.placement.unclearWrites[order.id] = nil
        state.say(write.outcome(read: order), lifetime: 10)
    }

    static func itemAdded(_ state: inout ConsoleState, orderID: String, offerID: String,
                          _ result: Result<OrderItem, OrderError>) -> [Effect] {
        state.placement.finish(.addingItem, orderID: orderID)
        switch result {
        case .success(let item):
            let existing = state.lists.items[orderID] ?? state.lists.order(orderID)?.items ?? []
            state.lists.items[orderID] = existing + [item]
            state.lists.selection[.cart] = item.id
            state.say("Added \(item.name) ×\(item.quantity) to draft \(orderID).", about: orderID)
            return RefreshReducer.requestRefresh(&state)
        case .failure(let error):
            let before = (state.lists.items[orderID] ?? state.lists.order(orderID)?.items ?? [])
                .filter { $0.offerID == offerID }.reduce(0) { $0 + $1.quantity }
            return writeUnclear(&state, .addItem(offerID: offerID, before: before), orderID: orderID, error)
        }
    }

    static func placed(_ state: inout ConsoleState, orderID: String,
                               _ result: Result<Order, OrderError>) -> [Effect] {
        state.placement.finish(.placing, orderID: orderID)
        switch result {
        case .success(let order):
            var updated = order
            if updated.items.isEmpty { updated.items = state.lists.items[orderID] ?? [] }
            let draft = state.lists.order(orderID)
            state.lists.localCarts.removeAll { $0.id == orderID }
            learn(&state, updated, replacing: [orderID, updated.id], sorted: false)
            state.lists.items[orderID] = nil
            state.lookups.history.note(orderID, StatusChange(order, seenAt: state.now), before: draft)
            if state.lists.cartOrderID == orderID { state.lists.cartOrderID = nil }
            state.lists.focus = .status
            state.lists.selection[.status] = order.id
            state.lists.itemsOrderID = order.id
            state.say("Order \(order.id) placed: \(order.statusLabel)\(subscriptionsNamed(by: updated.items)). Watch it in Status.", about: order.id)
            return [.loadItems(account: state.account.name, orderID: order.id)]
        case .failure(let error):
            state.show(error)
            if !PlacementJournal.isRefusal(error) {
                RefreshReducer.recheckJournal(&state, "\(error.message) Checking with the provider whether it was placed before anything else.")
            }
            return RefreshReducer.requestRefresh(&state)
        }
    }

    /// "; subscriptions SUB-1, SUB-2" for an order whose lines already name the subscriptions
    /// they created (an order complete on its placement answer), else nothing.
    private static func subscriptionsNamed(by items: [OrderItem]) -> String {
        let ids = items.compactMap(\.subscriptionID)
        return ids.isEmpty ? "" : "; subscription\(ids.count == 1 ? "" : "s") \(ids.joined(separator: ", "))"
    }

    static func cartSaved(_ state: inout ConsoleState, _ result: Result<LocalCart, OrderError>,
                                  note: String, addedLineID: String?) -> [Effect] {
        state.placement.inFlight.removeAll { $0.kind == .savingCart }
        switch result {
        case .success(let cart):
            let isNew = state.lists.localCart(cart.id) == nil
            state.lists.localCarts.removeAll { $0.id == cart.id }
            state.lists.localCarts.insert(cart, at: 0)
            state.lists.localCarts.sort { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }
            if isNew {
                state.lists.cartOrderID = cart.id
                state.lists.selection[.drafts] = cart.id
                state.lists.focus = .cart
            }
            if let addedLineID { state.lists.selection[.cart] = addedLineID }
            state.say(note)
        case .failure(let error):
            state.show(error)
        }
        return []
    }

    static func quoteLoaded(_ state: inout ConsoleState, subject: String,
                                    _ result: Result<Quote, OrderError>) -> [Effect] {
        state.placement.finish(.pricing, orderID: subject)
        switch result {
        case .success(let quote):
            guard let order = state.lists.order(subject) else { return [] }
            let rebuilding = confirmationAwaitingReread(state, of: subject)
            guard state.dialog.modal == nil || rebuilding != nil else {
                state.say("The price for \(displayID(order, state)) is ready: press p again to see it.", about: order.id)
                return []
            }
            defer { carryChanges(&state, from: rebuilding) }
            var lines = placementIntro(order, state)
            if state.lists.localCart(subject) == nil {
                let provider = state.account.provider.displayName
                let shown = (state.lists.items[subject] ?? order.items).map { ($0.offerID, $0.name, $0.quantity) }
                lines += ["Read and priced by \(provider) just now."]
                lines += DraftDifference(shown: shown, held: quote.lines.map { ($0.offerID, $0.name, $0.quantity) })
                    .lines(provider: provider, what: "the Cart")
            }
            lines += quote.lines.map { lineText($0.name, quantity: $0.quantity, before: $0.previousQuantity, total: $0.total) }
            lines += ["", order.kind == .termination ? endsLine(quote.lines.count)
                : "  Total (priced by \(state.account.provider.displayName))  \(quote.total?.formatted ?? "unknown")"]
            // A price note ("0.00 USD per year") would read as a purchase on a termination.
            if let note = quote.note, order.kind != .termination { lines.append("  \(note)") }
            state.dialog.modal = .confirm(Confirmation(title: placeTitle(order, state), lines: lines,
                                                action: placeAction(order, state)))
        case .failure(let error):
            if var rebuilding = confirmationAwaitingReread(state, of: subject) {
                rebuilding.lines = ["Cannot price it again: \(error.message)", "Nothing was sent. Go back, then press p to try again."]
                rebuilding.rereading = false
                state.dialog.modal = .confirm(rebuilding)
            }
            state.say("Cannot price it: \(error.message) Nothing was placed.", kind: .error, lifetime: 10)
        }
        return []
    }

    /// The placement confirmation of `items`, with `notes` (where the lines were read, what
    /// differs from the screen) between the introduction and the lines.
    static func confirmPlacement(_ state: inout ConsoleState, _ order: Order, items: [OrderItem], notes: [String] = []) {
        var lines = placementIntro(order, state) + notes
        lines += items.map { lineText($0.name, quantity: $0.quantity, before: $0.previousQuantity, total: $0.lineTotal) }
        let total = Money.total(items.compactMap(\.lineTotal))
        lines += ["", order.kind == .termination ? endsLine(items.count)
            : "  Total  \(total?.formatted ?? order.total?.formatted ?? "unknown")"]
        state.dialog.modal = .confirm(Confirmation(title: placeTitle(order, state), lines: lines,
                                            action: placeAction(order, state), canConfirm: !items.isEmpty))
    }

    /// The draft's lines as the provider holds them now: the confirmation is built from
    /// them, says so, and shows what differs from what the Cart showed. A failed read offers
    /// only Back, since nothing may be confirmed unseen.
    static func draftReread(_ state: inout ConsoleState, orderID: String,
                            _ result: Result<[OrderItem], OrderError>) -> [Effect] {
        state.placement.finish(.rereading, orderID: orderID)
        guard let order = state.lists.order(orderID) else { return [] }
        let provider = state.account.provider.displayName
        let rebuilding = confirmationAwaitingReread(state, of: orderID)
        guard state.dialog.modal == nil || rebuilding != nil else {
            state.say("\(displayID(order, state).capitalizedFirst) was read again: press p to see it.", about: order.id)
            return []
        }
        defer { carryChanges(&state, from: rebuilding) }
        switch result {
        case .success(let held):
            let shown = state.lists.items[orderID] ?? order.items
            state.lists.items[orderID] = held
            var notes = ["Read from \(provider) just now."]
            notes += DraftDifference(shown: shown, held: held)
                .lines(provider: provider, what: rebuilding == nil ? "the Cart" : "the question before")
            if held.isEmpty { notes.append("\(provider) holds no lines on this draft: there is nothing to place.") }
            confirmPlacement(&state, order, items: held, notes: notes)
        case .failure(let error):
            state.dialog.modal = .confirm(Confirmation(
                title: placeTitle(order, state),
                lines: ["Cannot read \(displayID(order, state)) from \(provider) again: \(error.message)",
                        "Nothing was sent. Go back, then press p to try again."],
                action: placeAction(order, state), canConfirm: false))
        }
        return []
    }

    /// A draft whose required fields are empty or refused: its fields form opens with the
    /// problems shown, instead of a placement the provider would refuse.
    static func fieldsNeeded(_ state: inout ConsoleState, orderID: String, _ fields: [CustomField]) -> [Effect] {
        state.placement.inFlight.removeAll { $0.isPlacement && $0.orderID == orderID }
        guard state.dialog.modal == nil else { return [] }
        var form = FieldForm(purpose: .orderFields(orderID: orderID), title: "Fields of order \(orderID)",
                             notes: ["Fill these in before placing; then press p again."])
        form.restore(state.dialog.kept.take(form.purpose))
        form.load(fields)
        form.checkAll()
        state.dialog.modal = .form(form)
        let names = fields.filter { form.problems[$0.key] != nil || $0.error != nil }.map(\.name)
        state.say("Draft \(orderID) cannot be placed yet: \(names.joined(separator: ", ")) to fill in first.", kind: .error,
              lifetime: 10)
        return []
    }

    /// A confirmed placement the runner did not send: the draft changed since it was
    /// confirmed (asked again, with the difference) or could not be read.
    static func placementStopped(_ state: inout ConsoleState, orderID: String, _ stop: PlacementStop) -> [Effect] {
        state.placement.finish(.placing, orderID: orderID)
        guard let order = state.lists.order(orderID) else { return [] }
        let provider = state.account.provider.displayName
        switch stop {
        case .changed(let now):
            let confirmed = state.lists.items[orderID] ?? order.items
            state.lists.items[orderID] = now
            var notes = ["Not placed: \(displayID(order, state)) changed at \(provider) after you confirmed it."]
            notes += DraftDifference(shown: confirmed, held: now).lines(provider: provider, what: "your confirmation")
            confirmPlacement(&state, order, items: now, notes: notes)
        case .unreadable(let error):
            state.say("Not placed: \(displayID(order, state)) could not be read again right before placing (\(error.message)) Nothing was sent: press p to try again.",
                  kind: .error, lifetime: 10)
        }
        return []
    }

    /// What must be read before a placement can be confirmed: the provider's price of a cart
    /// or draft where it gives one, else a server-side draft's lines afresh; nil for a local
    /// cart of a provider without prices, confirmed from what is on screen.
    static func readBeforeConfirming(_ state: inout ConsoleState, _ order: Order) -> [Effect]? {
        let account = state.account.name
        if state.account.capabilities.previewPrice {
            state.placement.track(.pricing, orderID: order.id, at: state.now)
            if let cart = state.lists.localCart(order.id) { return [.previewCart(account: account, cart: cart)] }
            return [.quoteOrder(account: account, orderID: order.id)]
        }
        guard state.lists.localCart(order.id) == nil else { return nil }
        state.placement.track(.rereading, orderID: order.id, at: state.now)
        return [.rereadDraft(account: account, orderID: order.id)]
    }

    /// One line of a placement confirmation. A Change or Termination line says what it does
    /// to the subscription ("×5 → ×8", "ends … (×5 → 0)"), never "×0 0.00 USD" as if it bought nothing.
    private static func lineText(_ name: String, quantity: Int, before: Int?, total: Money?) -> String {
        let price = total?.formatted ?? "price unknown"
        guard let before else { return "  \(name) ×\(quantity)  \(price)" }
        guard quantity > 0 else { return "  Ends \(name) (×\(before) → 0)" }
        return "  \(name) ×\(before) → ×\(quantity)  \(price)"
    }

    /// A Termination order's last line instead of a total: it buys nothing.
    private static func endsLine(_ lines: Int) -> String {
        "  Ends \(lines) subscription\(lines == 1 ? "" : "s"); nothing is bought."
    }

    /// The first lines of a placement confirmation: what will be sent, for whom, where.
    private static func placementIntro(_ order: Order, _ state: ConsoleState) -> [String] {
        let what = state.lists.localCart(order.id) == nil ? "draft \(order.id)" : "this cart"
        return ["Submits \(what) for \(order.customerLabel) on \(state.account.name) for execution.",
                "It cannot be edited afterwards.", ""]
    }

    private static func placeAction(_ order: Order, _ state: ConsoleState) -> Confirmation.Action {
        state.lists.localCart(order.id) == nil ? .place(orderID: order.id) : .placeCart(cartID: order.id)
    }

    /// How an order is named to the user: local carts have long generated ids.
    static func displayID(_ order: Order, _ state: ConsoleState) -> String {
        state.lists.localCart(order.id) == nil ? "draft \(order.id)" : "cart \(order.id.prefix(4))"
    }

    /// The question a placement confirmation asks.
    private static func placeTitle(_ order: Order, _ state: ConsoleState) -> String {
        guard state.lists.localCart(order.id) == nil else { return "Place cart \(order.id.prefix(4))?" }
        guard let kind = order.kind, kind != .purchase else { return "Place order \(order.id)?" }
        return "Place \(kind.displayName) order \(order.id)?"
    }

    /// Puts an order this console just created or changed first in the book (or in date order
    /// when `sorted`), replacing the orders `replacing` names. One assignment to `orders`:
    /// each one re-indexes and re-lists every pane.
    static func learn(_ state: inout ConsoleState, _ order: Order, replacing ids: Set<String>, sorted: Bool) {
        var orders = [order] + state.lists.orders.filter { !ids.contains($0.id) }
        if sorted { orders.sort { $0.isNewer(than: $1) } }
        state.lists.orders = orders
        state.placement.learnedAt[order.id] = state.now
    }
}
