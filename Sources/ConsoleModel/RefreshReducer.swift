import Foundation
import OrderKit
import Store

/// The list's answers: the cache read behind the first frame, a refresh, the journal
/// check that must pass before anything is placed, and the all-accounts view.
enum RefreshReducer {
    /// The cache, a refresh and the journal check: what the lists hold.
    static func refreshAnswered(_ state: inout ConsoleState, _ action: Action) -> [Effect] {
        switch action {
        case .cacheLoaded(_, let orders, let carts, let refreshedAt):
            state.lists.localCarts = carts
            guard state.refresh.last == nil else { return [] }
            state.refresh.last = refreshedAt
            var effects = replaceOrders(&state, aged(orders, now: state.now), at: refreshedAt ?? state.now)
            if orders.count == ConsoleState.firstCachePage { effects += readMoreCache(&state) }
            return effects
        case .cachePageLoaded(_, let cursor, let orders, let complete):
            guard state.refresh.cacheCursor == cursor else { return [] }
            let time = state.refresh.last ?? state.now
            let page = aged(orders, now: state.now)
            var all = state.lists.orders
            all.reserveCapacity(all.count + page.count)
            all += page
            state.lists.orders = all
            for order in page {
                state.lookups.history.note(order, at: time, before: nil)
            }
            state.refresh.cacheCursor = nil
            return complete ? [] : readMoreCache(&state)
        case .ordersTracked, .ordersUntracked:
            return trackAnswered(&state, action)
        case .journalReconciled(_, let result, let carts):
            return journalReconciled(&state, result, carts: carts)
        case .ordersLoaded(_, let result, let at):
            state.refresh.running = false
            switch result {
            case .success(let list):
                if state.refresh.overview != nil { _ = overviewLoaded(&state, account: state.account.name, result, at: at) }
                state.refresh.failures = 0
                state.refresh.failingSince = nil
                state.refresh.last = at
                state.refresh.cacheCursor = nil
                state.refresh.completeness = ListCompleteness(list)
                state.log.record(ReadingProblem.found(in: list, account: state.account.name, at: at))
                let confirming = PlacementReducer.orderUnderConfirmation(state)
                var effects = replaceOrders(&state, list.orders, at: at)
                effects += PlacementReducer.followOpenConfirmation(&state, before: confirming)
                if state.placement.journalCheck == .pending {
                    state.placement.journalCheck = .running
                    effects.append(.reconcileJournal(account: state.account.name))
                }
                return effects
            case .failure(let error):
                if state.refresh.overview != nil { _ = overviewLoaded(&state, account: state.account.name, result, at: at) }
                state.refresh.failures += 1
                state.refresh.failingSince = state.refresh.failingSince ?? at
                state.show(error)
                return []
            }
        default:
            return []
        }
    }

    /// `:track` and `:untrack` answered: followed orders join the lists, unfollowed ones leave.
    private static func trackAnswered(_ state: inout ConsoleState, _ action: Action) -> [Effect] {
        switch action {
        case .ordersTracked(_, .success(let orders)):
            for order in orders { PlacementReducer.learn(&state, order, replacing: [order.id], sorted: true) }
            state.say("Following \(orders.map(\.id).joined(separator: ", ")): \(orders.map(\.statusLabel).joined(separator: ", ")).")
        case .ordersUntracked(_, .success(let ids)):
            let gone = Set(ids)
            state.lists.orders.removeAll { gone.contains($0.id) }
            state.say(ids.isEmpty ? "None of them was followed." : "No longer following \(ids.joined(separator: ", ")).")
        case .ordersTracked(_, .failure(let error)), .ordersUntracked(_, .failure(let error)):
            state.show(error)
        default:
            break
        }
        return []
    }

    /// Says why the cart left the lists, from what is known: the journal settled it as
    /// placed, another ordercon took a local cart away, or the provider dropped its draft.
    private static func cartLeft(_ state: inout ConsoleState, _ cart: String) {
        let capabilities = state.account.capabilities
        if let entry = state.placement.settledPlaced[cart] {
            state.say(placedMessage(cart, entry, state))
        } else if !capabilities.serverSideDrafts {
            state.say("Cart \(cart.prefix(4)) is no longer stored here: another ordercon placed or removed it; see Status.",
                  kind: .error)
        } else {
            let lifetime = capabilities.draftLifetimeDays.map { " (drafts expire after \($0) days)" } ?? ""
            state.say("Draft \(cart) is gone from the provider\(lifetime).", kind: .error)
        }
    }

    /// What the journal learned of a placement whose answer was lost: placed, as which order.
    private static func placedMessage(_ key: String, _ entry: JournalEntry, _ state: ConsoleState) -> String {
        let name = state.account.capabilities.serverSideDrafts ? "Draft \(key)" : "Cart \(key.prefix(4))"
        guard let orderID = entry.orderID else {
            return "\(name) was placed, though its answer was lost; \(state.account.provider.displayName) has not said the order id: find it in Status."
        }
        return "\(name) was placed as order \(orderID), though its answer was lost; watch it in Status."
    }

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
        guard let last = state.lists.orders.last else { return [] }
        let cursor = CacheCursor(after: last)
        state.refresh.cacheCursor = cursor
        return [.loadCachePage(account: state.account.name, after: cursor, limit: min(ConsoleState.cachePageLimit, max(ConsoleState.firstCachePage, state.lists.orders.count * 3)))]
    }

    static func replaceOrders(_ state: inout ConsoleState, _ orders: [Order], at time: Date) -> [Effect] {
        var effects: [Effect] = []
        let previous = Dictionary(state.lists.orders.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // A refresh asked before this console created or placed an order knows an older
        // world: the console's own newer version of those orders stands.
        let learnedLater = Set(state.placement.learnedAt.filter { $0.value > time }.keys)
        let listed = Set(orders.map(\.id))
        let fresh = orders.map { learnedLater.contains($0.id) ? previous[$0.id] ?? $0 : $0 }
        let newer = state.lists.orders.filter { !listed.contains($0.id) && learnedLater.contains($0.id) }
        state.placement.learnedAt = state.placement.learnedAt.filter { learnedLater.contains($0.key) }
        state.lists.orders = (fresh + newer).sorted { $0.isNewer(than: $1) }
        for order in state.lists.orders {
            state.lookups.history.note(order, at: time, before: previous[order.id])
            if let before = previous[order.id], before != order {
                state.lists.items[order.id] = nil
                state.orderMoved(order, from: before)
            }
        }
        let known = Set(state.lists.orders.map(\.id))
        state.lists.items = state.lists.items.filter { known.contains($0.key) }
        if let cart = state.lists.cartOrderID, !(state.lists.cartOrder?.phase.isUnplaced ?? false) {
            state.lists.cartOrderID = nil
            if !known.contains(cart) { cartLeft(&state, cart) }
        }
        if let shown = state.lists.itemsOrderID, !known.contains(shown) { state.lists.itemsOrderID = nil }
        if state.lists.itemsOrderID == nil { state.lists.itemsOrderID = state.lists.itemsSource }
        // The cart is often the order the Items pane shows: its lines are asked for once.
        let shown = [state.lists.cartOrderID, state.lists.itemsOrderID].compactMap { $0 }
        for (index, orderID) in shown.enumerated()
            where shown.firstIndex(of: orderID) == index && state.lists.items[orderID] == nil && state.lists.localCart(orderID) == nil {
            effects.append(.loadItems(account: state.account.name, orderID: orderID))
        }
        return effects
    }

    static func journalReconciled(_ state: inout ConsoleState, _ result: Result<[JournalEntry], OrderError>,
                                  carts: [String: String]) -> [Effect] {
        switch result {
        case .success(let entries):
            if let landing = entries.first(where: { $0.outcome == nil }) {
                // Its request may still land: placing waits, and the next refresh asks again.
                state.placement.journalCheck = .pending
                state.say("A placement from \(ClockText.time(landing.createdAt, now: state.now, in: state.timeZone)) may still reach \(state.account.provider.displayName); placing waits until it is known (up to a minute).",
                      kind: .error, lifetime: 15)
                return []
            }
            state.placement.journalCheck = .done
            state.placement.reconciledAccounts.insert(state.account.name)
            let notPlaced = entries.filter { $0.outcome == .notPlaced }
            let placed = entries.filter { $0.outcome == .placed }
            let subject = { (entry: JournalEntry) in carts[entry.idempotencyKey] ?? entry.idempotencyKey }
            for entry in placed { state.placement.settledPlaced[subject(entry)] = entry }
            let placedHere = placed.first { state.lists.order(subject($0)) != nil }
            if let entry = notPlaced.first, let operation = entry.operationID {
                state.say("The \(operation) asked at \(ClockText.time(entry.createdAt, now: state.now, in: state.timeZone)) did NOT reach \(state.account.provider.displayName) before ordercon stopped: select the order and choose it again with o.",
                      kind: .error, lifetime: 30)
            } else if let entry = notPlaced.first {
                state.say("Order \(entry.idempotencyKey) was NOT placed before ordercon stopped: ↵ it in Drafts and press p to place it again.",
                      kind: .error, lifetime: 30)
            } else if let entry = placedHere {
                state.say(placedMessage(subject(entry), entry, state))
            } else if let entry = placed.first {
                state.say("Order \(entry.orderID ?? entry.idempotencyKey) from the last session was placed; it is in Status.")
            }
            return placed.isEmpty ? [] : [.loadCache(account: state.account.name)] + requestRefresh(&state)
        case .failure(let error):
            state.placement.journalCheck = .pending
            state.say("Cannot check unfinished placements yet (\(error.message)) Placing waits until they are checked.",
                  kind: .error)
            return []
        }
    }

    /// Whether an unanswered request reached the provider is unknown: nothing that creates an
    /// order is sent on this account until the journal has asked it (at the next refresh).
    static func recheckJournal(_ state: inout ConsoleState, _ message: String) {
        state.placement.journalCheck = .pending
        state.placement.reconciledAccounts.remove(state.account.name)
        state.say(message, kind: .error, lifetime: 15)
    }

    /// False, with a toast saying why, while the journal has not yet settled earlier unanswered
    /// requests: placing, and operations that create an order, wait for it.
    static func journalAllows(_ state: inout ConsoleState, _ what: String) -> Bool {
        guard state.placement.journalCheck == .done else {
            state.say(Unavailability.checkingPlacements(what: what).message(for: .operations), kind: .error)
            return false
        }
        return true
    }

    /// A refresh unless one is already in flight: one at a time, so an older answer can
    /// never land after a newer one.
    static func requestRefresh(_ state: inout ConsoleState) -> [Effect] {
        state.refresh.start() ? [.refresh(account: state.account.name)] : []
    }

    /// Refreshes every overview account that is due and not already refreshing.
    static func refreshOverview(_ state: inout ConsoleState) -> [Effect] {
        guard var overview = state.refresh.overview else { return [] }
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
        state.refresh.overview = overview
        return effects
    }

    static func overviewLoaded(_ state: inout ConsoleState, account name: String,
                                       _ result: Result<OrderList, OrderError>, at time: Date) -> [Effect] {
        guard var overview = state.refresh.overview, var account = overview.accounts[name] else { return [] }
        account.refreshing = false
        switch result {
        case .success(let list):
            account.orders = list.orders
            state.log.record(ReadingProblem.found(in: list, account: name, at: time))
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
        state.refresh.overview = overview
        return []
    }
}
