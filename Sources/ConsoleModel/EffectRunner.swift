import Foundation
import OrderKit
import Store

/// Performs the reducer's effects against one provider client and the Store, and sends
/// each outcome back as an `Action`. It never touches the screen.
public final class EffectRunner: Sendable {
    private let provider: any OrderProvider
    private let store: OrderStore
    private let send: @Sendable (Action) -> Void

    public init(provider: any OrderProvider, store: OrderStore, send: @escaping @Sendable (Action) -> Void) {
        self.provider = provider
        self.store = store
        self.send = send
    }

    /// Starts the effect in the background and returns at once.
    public func run(_ effect: Effect) {
        Task { [self] in
            if let action = await perform(effect) { send(action) }
        }
    }

    /// Performs one effect and returns the action that answers it (nil for `quit`).
    public func perform(_ effect: Effect) async -> Action? {
        switch effect {
        case .loadCache(let account):
            let orders = (try? store.cachedOrders(account: account)) ?? []
            let refreshedAt = try? store.lastRefresh(account: account)
            return .cacheLoaded(account: account, orders: orders, refreshedAt: refreshedAt)
        case .reconcileJournal(let account):
            return .journalReconciled(account: account, await capture { try await self.reconcile(account: account) })
        case .refresh(let account):
            let result = await capture {
                let orders = try await self.provider.orders(stage: .all)
                try self.store.replaceOrders(orders, account: account, refreshedAt: Date())
                return orders
            }
            return .ordersLoaded(account: account, result, at: Date())
        case .loadItems(let account, let orderID):
            return .itemsLoaded(account: account, orderID: orderID,
                                await capture { try await self.provider.items(orderID: orderID) })
        case .loadOrder(let account, let orderID):
            return .orderLoaded(account: account, await capture {
                let order = try await self.provider.order(id: orderID)
                try self.store.save(order)
                return order
            })
        case .loadOffers(let account):
            return .offersLoaded(account: account, await capture { try await self.provider.offers() })
        case .loadCustomers(let account):
            return .customersLoaded(account: account, await capture { try await self.provider.customers() })
        case .createDraft(let account, let customerID):
            return .draftCreated(account: account,
                                 await capture { try await self.provider.createDraft(customerID: customerID) })
        case .addItem(let account, let orderID, let offerID, let quantity):
            return .itemAdded(account: account, orderID: orderID, await capture {
                try await self.provider.addItem(orderID: orderID, offerID: offerID, quantity: quantity)
            })
        case .deleteItem(let account, let orderID, let itemID):
            let result = await capture { try await self.provider.deleteItem(orderID: orderID, itemID: itemID) }
            if case .failure(let error) = result {
                return .itemDeleted(account: account, orderID: orderID, itemID: itemID, error)
            }
            return .itemDeleted(account: account, orderID: orderID, itemID: itemID, nil)
        case .place(let account, let orderID, let content):
            return .placed(account: account, orderID: orderID,
                           await capture { try await self.place(account: account, orderID: orderID, content: content) })
        case .quit:
            return nil
        }
    }

    /// Places with the journal around the request: the intent is durable before the
    /// request leaves; an answer records the outcome; no answer leaves it open for the
    /// next start to reconcile.
    private func place(account: String, orderID: String, content: String) async throws -> Order {
        let intent = try store.recordIntent(JournalEntry(
            provider: provider.kind, account: account, intent: "place", payloadDigest: JournalEntry.digest(of: content),
            idempotencyKey: orderID, createdAt: Date()))
        do {
            let order = try await provider.place(orderID: orderID)
            try store.recordOutcome(id: intent.id, outcome: .placed, orderID: order.id, message: nil, at: Date())
            try store.save(order)
            return order
        } catch let error as OrderError {
            switch error {
            case .timedOut, .unreachable, .serverFailure:
                break
            default:
                try store.recordOutcome(id: intent.id, outcome: .refused, orderID: nil, message: error.message,
                                        at: Date())
            }
            throw error
        }
    }

    /// Settles every intent left open by an earlier run by asking the provider what became
    /// of it; returns the entries it settled.
    private func reconcile(account: String) async throws -> [JournalEntry] {
        var settled: [JournalEntry] = []
        for var entry in try store.openIntents(account: account) {
            if let order = try await provider.findPlaced(idempotencyKey: entry.idempotencyKey) {
                entry.outcome = order.phase.isUnplaced ? .notPlaced : .placed
                entry.orderID = order.id
                try store.save(order)
            } else {
                entry.outcome = .notPlaced
            }
            entry.completedAt = Date()
            try store.recordOutcome(id: entry.id, outcome: entry.outcome!, orderID: entry.orderID,
                                    message: "reconciled on start", at: entry.completedAt!)
            settled.append(entry)
        }
        return settled
    }

    private func capture<T>(_ work: @Sendable () async throws -> T) async -> Result<T, OrderError> {
        do {
            return .success(try await work())
        } catch {
            return .failure(OrderError.wrapping(error))
        }
    }
}
