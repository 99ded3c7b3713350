import Foundation
import OrderKit
import Store

/// The console's pure reducer: `(state, action) → state′ + effects`. No I/O happens here,
/// so every key and every answer can be tested without a terminal or a network.
public enum ConsoleReducer {
    /// Effects to run when the console opens an account.
    public static func start(_ state: ConsoleState) -> [Effect] {
        let account = state.account.name
        return [.loadCache(account: account), .refresh(account: account)]
    }

    public static func reduce(_ state: inout ConsoleState, _ action: Action) -> [Effect] {
        if let account = action.account, account != state.account.name {
            if case .ordersLoaded(_, let result, let at) = action, state.overview?.accounts[account] != nil {
                return overviewLoaded(&state, account: account, result, at: at)
            }
            return []
        }
        switch action {
        case .key(let key):
            return handleKey(&state, key)
        case .tick, .refreshDue, .apiCall, .themesAvailable, .themeApplied, .viewport, .switchAccount:
            return sessionChanged(&state, action)
        case .cacheLoaded, .cachePageLoaded, .journalReconciled, .ordersLoaded:
            return refreshAnswered(&state, action)
        case .itemsLoaded, .orderLoaded, .offersLoaded, .customersLoaded, .detailsLoaded:
            return lookupAnswered(&state, action)
        case .draftCreated, .itemAdded, .itemDeleted, .placed, .cartSaved, .quoteLoaded, .cancelled:
            return placementAnswered(&state, action)
        case .formLoaded, .fieldsSaved, .operationsLoaded, .operationPreviewed, .operationPerformed:
            return formAnswered(&state, action)
        }
    }

    /// The clock, the scheduler, the screen and the account switch.
    private static func sessionChanged(_ state: inout ConsoleState, _ action: Action) -> [Effect] {
        switch action {
        case .tick(let now):
            state.now = now
            if let toast = state.toast, toast.expiresAt <= now { state.toast = nil }
            return []
        case .refreshDue where state.overview != nil:
            return state.refresh.paused ? [] : refreshOverview(&state)
        case .refreshDue:
            guard !state.refresh.paused else { return [] }
            return requestRefresh(&state)
        case .apiCall(let call):
            state.events.append(call)
            if state.events.count > ConsoleState.eventLimit { state.events.removeFirst(state.events.count - ConsoleState.eventLimit) }
            return []
        case .themesAvailable(let names):
            state.themeNames = names
            return []
        case .themeApplied(let name, let problem):
            if let problem {
                toast(&state, "Theme: \(problem); keeping the current one.", kind: .error)
            } else {
                toast(&state, "Theme \(name).")
            }
            return []
        case .viewport(let rows):
            state.rowsPerPane = max(1, rows)
            return []
        case .switchAccount(let name):
            guard name != state.account.name, let account = state.accounts.first(where: { $0.name == name }) else {
                return []
            }
            state = state.switched(to: account)
            toast(&state, "Switched to \(name) (\(account.provider.displayName)).")
            return start(state)
        default:
            return []
        }
    }

    /// The cache, a refresh and the journal check: what the lists hold.
    private static func refreshAnswered(_ state: inout ConsoleState, _ action: Action) -> [Effect] {
        switch action {
        case .cacheLoaded(_, let orders, let carts, let refreshedAt):
            state.localCarts = carts
            guard state.refresh.last == nil else { return [] }
            state.refresh.last = refreshedAt
            var effects = replaceOrders(&state, aged(orders, now: state.now), at: refreshedAt ?? state.now)
            if orders.count == ConsoleState.firstCachePage { effects += readMoreCache(&state) }
            return effects
        case .cachePageLoaded(_, let cursor, let orders, let complete):
            guard state.refresh.cacheCursor == cursor else { return [] }
            let time = state.refresh.last ?? state.now
            let page = aged(orders, now: state.now)
            var all = state.orders
            all.reserveCapacity(all.count + page.count)
            all += page
            state.orders = all
            for order in page where state.history[order.id] == nil {
                state.history[order.id] = [StatusChange(status: order.status, phase: order.phase, seenAt: time)]
            }
            state.refresh.cacheCursor = nil
            return complete ? [] : readMoreCache(&state)
        case .journalReconciled(_, let result):
            return journalReconciled(&state, result)
        case .ordersLoaded(_, let result, let at):
            state.refresh.running = false
            switch result {
            case .success(let list):
                if state.overview != nil { _ = overviewLoaded(&state, account: state.account.name, result, at: at) }
                state.refresh.failures = 0
                state.refresh.last = at
                state.refresh.cacheCursor = nil
                state.completeness = ListCompleteness(list)
                logProblems(&state, ReadingProblem.found(in: list, account: state.account.name, at: at))
                var effects = replaceOrders(&state, list.orders, at: at)
                if state.placement.journalCheck == .pending {
                    state.placement.journalCheck = .running
                    effects.append(.reconcileJournal(account: state.account.name))
                }
                return effects
            case .failure(let error):
                if state.overview != nil { _ = overviewLoaded(&state, account: state.account.name, result, at: at) }
                state.refresh.failures += 1
                show(&state, error)
                return []
            }
        default:
            return []
        }
    }

    /// Items, details and the pickers' lists, asked for what is on screen.
    private static func lookupAnswered(_ state: inout ConsoleState, _ action: Action) -> [Effect] {
        switch action {
        case .itemsLoaded(_, let orderID, let result):
            switch result {
            case .success(let items):
                state.items[orderID] = items
            case .failure(let error):
                show(&state, error)
            }
            return []
        case .orderLoaded(_, let result):
            switch result {
            case .success(let order):
                if let index = state.orders.firstIndex(where: { $0.id == order.id }) {
                    state.orders[index] = order
                }
                state.items[order.id] = order.items
            case .failure(let error):
                show(&state, error)
            }
            return []
        case .offersLoaded(_, let result):
            return listLoaded(&state, result, purpose: .offer, store: { $0.offers = $1 }, entry: offerEntry)
        case .customersLoaded(_, .failure(.unsupported)):
            if case .picker(let picker) = state.modal, picker.purpose == .customer {
                state.modal = .text(TextPrompt(purpose: .customerName, title: "New cart",
                                               question: "\(state.account.provider.displayName) takes a free-text customer name. Who is it for?"))
            }
            return []
        case .customersLoaded(_, let result):
            return listLoaded(&state, result, purpose: .customer, store: { $0.customers = $1 }) { customer in
                Picker.Entry(id: customer.id, label: customer.name, detail: "#\(customer.id)")
            }
        case .detailsLoaded(_, let orderID, let result):
            state.details[orderID] = switch result {
            case .success(let sections): sections
            case .failure(let error):
                [DetailSection(title: "\(state.account.provider.displayName) details",
                               rows: [DetailSection.Row("Unavailable", error.message, tone: .failure)])]
            }
            return []
        default:
            return []
        }
    }

    /// Drafts, carts, pricing, placing and cancelling: the writing answers.
    private static func placementAnswered(_ state: inout ConsoleState, _ action: Action) -> [Effect] {
        switch action {
        case .draftCreated(_, let result):
            return draftCreated(&state, result)
        case .itemAdded(_, let orderID, let result):
            return itemAdded(&state, orderID: orderID, result)
        case .itemDeleted(_, let orderID, let itemID, let error):
            finish(&state, .deletingItem, orderID: orderID)
            if let error {
                show(&state, error)
                return []
            }
            state.items[orderID]?.removeAll { $0.id == itemID }
            toast(&state, "Item deleted from draft \(orderID).")
            return [.loadItems(account: state.account.name, orderID: orderID)]
        case .placed(_, let orderID, let result):
            return placed(&state, orderID: orderID, result)
        case .cartSaved(_, let result, let note, let addedLineID):
            return cartSaved(&state, result, note: note, addedLineID: addedLineID)
        case .quoteLoaded(_, let subject, let result):
            return quoteLoaded(&state, subject: subject, result)
        case .cancelled(_, let orderID, let result):
            finish(&state, .cancelling, orderID: orderID)
            switch result {
            case .success(let order):
                if let index = state.orders.firstIndex(where: { $0.id == order.id }) { state.orders[index] = order }
                state.items[order.id] = nil
                toast(&state, "\(order.id) is now \(order.status).")
                return [.loadItems(account: state.account.name, orderID: order.id)]
            case .failure(let error):
                show(&state, error)
                return []
            }
        default:
            return []
        }
    }

    /// Forms and provider operations, answered in `ConsoleReducer+Forms`.
    private static func formAnswered(_ state: inout ConsoleState, _ action: Action) -> [Effect] {
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

    // MARK: Answers

    /// Cached drafts whose expiry has passed are shown expired until a refresh says more.
    private static func aged(_ orders: [Order], now: Date) -> [Order] {
        orders.map { order -> Order in
            guard order.phase == .draft, let expiry = order.expiresAt, expiry <= now else { return order }
            var expired = order
            expired.phase = .expired
            return expired
        }
    }

    /// Asks for the next page of the cache: three times as many orders as are shown, so a
    /// cache of 100 000 orders arrives in a handful of pages, but at most `cachePageLimit`,
    /// so that no page holds much memory while it is read.
    private static func readMoreCache(_ state: inout ConsoleState) -> [Effect] {
        guard let last = state.orders.last else { return [] }
        let cursor = CacheCursor(after: last)
        state.refresh.cacheCursor = cursor
        return [.loadCachePage(account: state.account.name, after: cursor, limit: min(ConsoleState.cachePageLimit, max(ConsoleState.firstCachePage, state.orders.count * 3)))]
    }

    private static func replaceOrders(_ state: inout ConsoleState, _ orders: [Order], at time: Date) -> [Effect] {
        var effects: [Effect] = []
        let previous = Dictionary(state.orders.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // A refresh asked before this console created or placed an order knows an older
        // world: the console's own newer version of those orders stands.
        let learnedLater = Set(state.placement.learnedAt.filter { $0.value > time }.keys)
        let listed = Set(orders.map(\.id))
        let fresh = orders.map { learnedLater.contains($0.id) ? previous[$0.id] ?? $0 : $0 }
        let newer = state.orders.filter { !listed.contains($0.id) && learnedLater.contains($0.id) }
        state.placement.learnedAt = state.placement.learnedAt.filter { learnedLater.contains($0.key) }
        state.orders = (fresh + newer).sorted { $0.isNewer(than: $1) }
        for order in state.orders {
            if state.history[order.id]?.last?.status != order.status {
                state.history[order.id, default: []].append(
                    StatusChange(status: order.status, phase: order.phase, seenAt: time))
            }
            if let before = previous[order.id], before.status != order.status {
                state.items[order.id] = nil
            }
        }
        let known = Set(state.orders.map(\.id))
        state.items = state.items.filter { known.contains($0.key) }
        if let cart = state.cartOrderID, !(state.cartOrder?.phase.isUnplaced ?? false) {
            state.cartOrderID = nil
            if !known.contains(cart) {
                let lifetime = state.account.capabilities.draftLifetimeDays.map { " (drafts expire after \($0) days)" } ?? ""
                toast(&state, "Draft \(cart) is gone from the provider\(lifetime).", kind: .error)
            }
        }
        if let shown = state.itemsOrderID, !known.contains(shown) { state.itemsOrderID = nil }
        if state.itemsOrderID == nil { state.itemsOrderID = itemsSource(state) }
        for orderID in [state.cartOrderID, state.itemsOrderID].compactMap({ $0 })
            where state.items[orderID] == nil && state.localCart(orderID) == nil {
            effects.append(.loadItems(account: state.account.name, orderID: orderID))
        }
        return effects
    }

    private static func journalReconciled(_ state: inout ConsoleState,
                                          _ result: Result<[JournalEntry], OrderError>) -> [Effect] {
        switch result {
        case .success(let entries):
            if let landing = entries.first(where: { $0.outcome == nil }) {
                // Its request may still land: placing waits, and the next refresh asks again.
                state.placement.journalCheck = .pending
                toast(&state, "A placement from \(landing.createdAt.formatted(.dateTime.hour().minute().second())) may still reach \(state.account.provider.displayName); placing waits until it is known (up to a minute).",
                      kind: .error, lifetime: 15)
                return []
            }
            state.placement.journalCheck = .done
            state.placement.reconciledAccounts.insert(state.account.name)
            let notPlaced = entries.filter { $0.outcome == .notPlaced }
            let placed = entries.filter { $0.outcome == .placed }
            if let entry = notPlaced.first, let operation = entry.operationID {
                toast(&state, "The \(operation) asked at \(entry.createdAt.formatted(.dateTime.hour().minute().second())) did NOT reach \(state.account.provider.displayName) before ordercon stopped: select the order and choose it again with o.",
                      kind: .error, lifetime: 30)
            } else if let entry = notPlaced.first {
                toast(&state, "Order \(entry.idempotencyKey) was NOT placed before ordercon stopped: ↵ it in Drafts and press p to place it again.",
                      kind: .error, lifetime: 30)
            } else if let entry = placed.first {
                toast(&state, "Order \(entry.orderID ?? entry.idempotencyKey) from the last session was placed; it is in Status.")
            }
            return placed.isEmpty ? [] : [.loadCache(account: state.account.name)] + requestRefresh(&state)
        case .failure(let error):
            state.placement.journalCheck = .pending
            toast(&state, "Cannot check unfinished placements yet (\(error.message)) Placing waits until they are checked.",
                  kind: .error)
            return []
        }
    }

    private static func listLoaded<T>(_ state: inout ConsoleState, _ result: Result<[T], OrderError>,
                                      purpose: Picker.Purpose, store: (inout ConsoleState, [T]) -> Void,
                                      entry: (T) -> Picker.Entry) -> [Effect] {
        switch result {
        case .success(let values):
            store(&state, values)
            if case .picker(var picker) = state.modal, picker.purpose == purpose {
                picker.entries = values.map(entry)
                state.modal = .picker(picker)
            }
        case .failure(let error):
            if case .picker(let picker) = state.modal, picker.purpose == purpose { state.modal = nil }
            show(&state, error)
        }
        return []
    }

    private static func draftCreated(_ state: inout ConsoleState, _ result: Result<Order, OrderError>) -> [Effect] {
        finish(&state, .creatingDraft)
        switch result {
        case .success(let order):
            learn(&state, order, replacing: [order.id], sorted: false)
            state.history[order.id] = [StatusChange(status: order.status, phase: order.phase, seenAt: state.now)]
            state.cartOrderID = order.id
            state.items[order.id] = order.items
            state.selection[.drafts] = order.id
            state.focus = .cart
            toast(&state, "Draft \(order.id) created for \(order.customerLabel): press a to add items.")
        case .failure(let error):
            show(&state, error)
        }
        return []
    }

    private static func itemAdded(_ state: inout ConsoleState, orderID: String,
                                  _ result: Result<OrderItem, OrderError>) -> [Effect] {
        finish(&state, .addingItem, orderID: orderID)
        switch result {
        case .success(let item):
            let existing = state.items[orderID] ?? state.order(orderID)?.items ?? []
            state.items[orderID] = existing + [item]
            state.selection[.cart] = item.id
            toast(&state, "Added \(item.name) ×\(item.quantity) to draft \(orderID).")
            return requestRefresh(&state)
        case .failure(let error):
            show(&state, error)
            return []
        }
    }

    private static func placed(_ state: inout ConsoleState, orderID: String,
                               _ result: Result<Order, OrderError>) -> [Effect] {
        finish(&state, .placing, orderID: orderID)
        switch result {
        case .success(let order):
            var updated = order
            if updated.items.isEmpty { updated.items = state.items[orderID] ?? [] }
            state.localCarts.removeAll { $0.id == orderID }
            learn(&state, updated, replacing: [orderID, updated.id], sorted: false)
            state.items[orderID] = nil
            state.history[orderID, default: []].append(
                StatusChange(status: order.status, phase: order.phase, seenAt: state.now))
            if state.cartOrderID == orderID { state.cartOrderID = nil }
            state.focus = .status
            state.selection[.status] = order.id
            state.itemsOrderID = order.id
            toast(&state, "Order \(order.id) placed: \(order.status). Watch it in Status.")
            return [.loadItems(account: state.account.name, orderID: order.id)]
        case .failure(let error):
            show(&state, error)
            if !PlacementJournal.isRefusal(error) {
                recheckJournal(&state, "\(error.message) Checking with the provider whether it was placed before anything else.")
            }
            return requestRefresh(&state)
        }
    }

    /// A refresh unless one is already in flight: one at a time, so an older answer can
    /// never land after a newer one.
    /// Whether an unanswered request reached the provider is unknown: nothing that creates an
    /// order is sent on this account until the journal has asked it (at the next refresh).
    static func recheckJournal(_ state: inout ConsoleState, _ message: String) {
        state.placement.journalCheck = .pending
        state.placement.reconciledAccounts.remove(state.account.name)
        toast(&state, message, kind: .error, lifetime: 15)
    }

    /// False, with a toast saying why, while the journal has not yet settled earlier unanswered
    /// requests: placing, and operations that create an order, wait for it.
    static func journalAllows(_ state: inout ConsoleState, _ what: String) -> Bool {
        guard state.placement.journalCheck == .done else {
            toast(&state, "Still checking unfinished placements with the provider; try \(what) again in a moment.", kind: .error)
            return false
        }
        return true
    }

    static func requestRefresh(_ state: inout ConsoleState) -> [Effect] {
        state.refresh.start() ? [.refresh(account: state.account.name)] : []
    }

    private static func cartSaved(_ state: inout ConsoleState, _ result: Result<LocalCart, OrderError>,
                                  note: String, addedLineID: String?) -> [Effect] {
        state.inFlight.removeAll { $0.kind == .savingCart }
        switch result {
        case .success(let cart):
            let isNew = state.localCart(cart.id) == nil
            state.localCarts.removeAll { $0.id == cart.id }
            state.localCarts.insert(cart, at: 0)
            state.localCarts.sort { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }
            if isNew {
                state.cartOrderID = cart.id
                state.selection[.drafts] = cart.id
                state.focus = .cart
            }
            if let addedLineID { state.selection[.cart] = addedLineID }
            toast(&state, note)
        case .failure(let error):
            show(&state, error)
        }
        return []
    }

    private static func quoteLoaded(_ state: inout ConsoleState, subject: String,
                                    _ result: Result<Quote, OrderError>) -> [Effect] {
        finish(&state, .pricing, orderID: subject)
        switch result {
        case .success(let quote):
            guard let order = state.order(subject) else { return [] }
            guard state.modal == nil else {
                toast(&state, "The price for \(displayID(order, state)) is ready: press p again to see it.")
                return []
            }
            var lines = placementIntro(order, state)
            lines += quote.lines.map { "  \($0.name) ×\($0.quantity)  \($0.total?.formatted ?? "price unknown")" }
            lines += ["", "  Total (priced by \(state.account.provider.displayName))  \(quote.total?.formatted ?? "unknown")"]
            if let note = quote.note { lines.append("  \(note)") }
            state.modal = .confirm(Confirmation(title: placeTitle(order, state), lines: lines,
                                                action: placeAction(order, state)))
        case .failure(let error):
            toast(&state, "Cannot price it: \(error.message) Nothing was placed.", kind: .error, lifetime: 10)
        }
        return []
    }

    /// The first lines of a placement confirmation: what will be sent, for whom, where.
    static func placementIntro(_ order: Order, _ state: ConsoleState) -> [String] {
        let what = state.localCart(order.id) == nil ? "draft \(order.id)" : "this cart"
        return ["Submits \(what) for \(order.customerLabel) on \(state.account.name) for execution.",
                "It cannot be edited afterwards.", ""]
    }

    static func placeAction(_ order: Order, _ state: ConsoleState) -> Confirmation.Action {
        state.localCart(order.id) == nil ? .place(orderID: order.id) : .placeCart(cartID: order.id)
    }

    /// How an order is named to the user: local carts have long generated ids.
    static func displayID(_ order: Order, _ state: ConsoleState) -> String {
        state.localCart(order.id) == nil ? "draft \(order.id)" : "cart \(order.id.prefix(4))"
    }

    /// The question a placement confirmation asks.
    static func placeTitle(_ order: Order, _ state: ConsoleState) -> String {
        state.localCart(order.id) == nil ? "Place order \(order.id)?" : "Place cart \(order.id.prefix(4))?"
    }

    // MARK: All accounts

    /// Refreshes every overview account that is due and not already refreshing.
    static func refreshOverview(_ state: inout ConsoleState) -> [Effect] {
        guard var overview = state.overview else { return [] }
        var effects: [Effect] = []
        for name in overview.names {
            guard var account = overview.accounts[name], !account.refreshing, account.due <= state.now else { continue }
            account.refreshing = true
            overview.accounts[name] = account
            if name == state.account.name {
                guard state.refresh.start() else { continue }
            }
            effects.append(.refresh(account: name))
        }
        state.overview = overview
        return effects
    }

    private static func overviewLoaded(_ state: inout ConsoleState, account name: String,
                                       _ result: Result<OrderList, OrderError>, at time: Date) -> [Effect] {
        guard var overview = state.overview, var account = overview.accounts[name] else { return [] }
        account.refreshing = false
        switch result {
        case .success(let list):
            account.orders = list.orders
            logProblems(&state, ReadingProblem.found(in: list, account: name, at: time))
            account.lastRefresh = time
            account.failures = 0
            account.error = nil
        case .failure(let error):
            account.failures += 1
            account.error = error.message
        }
        overview.accounts[name] = account
        account.due = state.now.addingTimeInterval(overview.interval(for: name, fast: 2, slow: 30))
        overview.accounts[name] = account
        state.overview = overview
        return []
    }

    // MARK: Shared

    /// Puts an order this console just created or changed first in the book (or in date order
    /// when `sorted`), replacing the orders `replacing` names. One assignment to `orders`:
    /// each one re-indexes and re-lists every pane.
    static func learn(_ state: inout ConsoleState, _ order: Order, replacing ids: Set<String>, sorted: Bool) {
        var orders = [order] + state.orders.filter { !ids.contains($0.id) }
        if sorted { orders.sort { $0.isNewer(than: $1) } }
        state.orders = orders
        state.placement.learnedAt[order.id] = state.now
    }

    /// Adds the problems not logged before this run; the log keeps the newest `eventLimit`.
    static func logProblems(_ state: inout ConsoleState, _ problems: [ReadingProblem]) {
        for problem in problems where state.problemsSeen.insert(problem.identity).inserted {
            state.problems.append(problem)
        }
        if state.problems.count > ConsoleState.eventLimit {
            state.problems.removeFirst(state.problems.count - ConsoleState.eventLimit)
        }
    }

    static func itemsSource(_ state: ConsoleState) -> String? {
        switch state.focus {
        case .cart: state.cartOrderID
        case .drafts: state.selectedID(.drafts)
        case .status: state.selectedID(.status)
        case .items: state.itemsOrderID
        }
    }

    static func toast(_ state: inout ConsoleState, _ text: String, kind: Toast.Kind = .info,
                      lifetime: TimeInterval = 6) {
        state.toast = Toast(text, kind: kind, now: state.now, lifetime: lifetime)
    }

    static func show(_ state: inout ConsoleState, _ error: OrderError) {
        toast(&state, error.message, kind: .error, lifetime: 10)
    }

    /// Records work sent to the provider, for the status bar and the guards that wait for it.
    static func track(_ state: inout ConsoleState, _ kind: InFlight.Kind, orderID: String? = nil) {
        state.inFlight.append(InFlight(kind, orderID: orderID, startedAt: state.now))
    }

    /// Forgets the work an answer settles: the oldest entry of that kind for that order.
    static func finish(_ state: inout ConsoleState, _ kind: InFlight.Kind, orderID: String? = nil) {
        if let index = state.inFlight.firstIndex(where: { $0.kind == kind && $0.orderID == orderID }) {
            state.inFlight.remove(at: index)
        }
    }
}
