import Foundation
import OrderKit
import Store

/// Order-creating requests with the journal around them, shared by the console and the
/// headless commands so that both are equally crash-safe. The journal's rows are the
/// Store's (`recordIntent`, `recordOutcome`, `openIntents`); the calls to the provider
/// around them are made here, so the Store stays persistence only.
///
/// The intent is durable before the request leaves; an answer records the outcome; no
/// answer (timeout, connection lost, 5xx) leaves it open, and `reconcile` later asks the
/// provider what became of it — never a blind resend, never a silent drop.
public struct PlacementJournal: Sendable {
    private let store: OrderStore
    private let provider: any OrderProvider
    private let answerWindow: TimeInterval

    /// - Parameter answerWindow: how old an intent must be before an order not found
    ///   settles it as not placed; younger intents stay open. By default the provider's own
    ///   (twice its request timeout): a process killed mid-request leaves the request in
    ///   flight, so an order not found sooner may still land, and calling it "not placed"
    ///   then would invite the user to buy twice.
    public init(store: OrderStore, provider: any OrderProvider, answerWindow: TimeInterval? = nil) {
        self.store = store
        self.provider = provider
        self.answerWindow = answerWindow ?? provider.answerWindow
    }

    /// The intent of checking out a server-side draft: its handle is the order id itself.
    static let checkout = "checkout"
    /// The intent of sending a local cart: its handle is the provider's idempotency key.
    static let cartPlacement = "place"

    /// Places a server-side draft.
    public func place(orderID: String, content: String) async throws -> Order {
        try await journaled(intent: Self.checkout, key: orderID, content: "\(orderID):\(content)") {
            try await provider.place(orderID: orderID)
        }
    }

    /// What a placement sends, as its journal digest reads it: `offer×quantity` per line,
    /// in order. The console, `ordercon place` and a local cart all describe lines this way,
    /// so the same order digests the same whichever placed it.
    public static func lineContent(_ lines: [(offerID: String, quantity: Int)]) -> String {
        lines.map { "\($0.offerID)×\($0.quantity)" }.joined(separator: ",")
    }

    /// Places a local cart in one request, and forgets the cart once the provider has it.
    public func place(cart: LocalCart) async throws -> Order {
        let content = Self.lineContent(cart.lines.map { ($0.offerID, $0.quantity) })
        let order = try await journaled(intent: Self.cartPlacement, key: provider.idempotencyKey(for: cart),
                                        content: "\(cart.customerID):\(content)") {
            try await provider.place(cart: cart)
        }
        // The provider has the order: a local write failing now must not look like a failed placement.
        try? store.deleteCart(id: cart.id)
        return order
    }

    /// Performs an operation; one that creates an order (`createsOrder`) is journaled like a
    /// placement, under the client reference it carries (intent `operation:ID`), and
    /// reconciled through `findPlaced`.
    public func perform(_ operation: OrderOperation, orderID: String, fields: [CustomField]) async throws -> Order {
        guard operation.createsOrder else {
            return try await provider.perform(operation, orderID: orderID, fields: fields)
        }
        let reference = provider.newReference(for: operation)
        let content = fields.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: ",")
        return try await journaled(intent: JournalEntry.operationPrefix + operation.id, key: reference,
                                   content: "\(orderID):\(content)") {
            try await provider.perform(operation, orderID: orderID, fields: fields, reference: reference)
        }
    }

    /// Open intents for this provider's account, settled by asking the provider. Returns
    /// every open intent it looked at: settled ones with their outcome, and those whose
    /// request may still land (younger than the answer window) with none, still open —
    /// nothing new may be placed on the account until they settle.
    public func reconcile(now: Date = Date()) async throws -> [JournalEntry] {
        var settled: [JournalEntry] = []
        for var entry in try store.openIntents(account: provider.account) {
            let mayStillLand = now.timeIntervalSince(entry.createdAt) < answerWindow
            let found = try await placedOrder(entry)
            // An operation's order counts once it exists (MPT creates change orders in Draft);
            // a placement's only once it is past draft.
            let made = found.map { !$0.phase.isUnplaced || entry.operationID != nil } ?? false
            if !made, mayStillLand {
                // Not there, or still a draft: its request may yet land.
                settled.append(entry)
                continue
            }
            if let order = found {
                entry.outcome = made ? .placed : .notPlaced
                entry.orderID = order.id
                try store.save(order)
                if entry.outcome == .placed {
                    for cart in try store.localCarts(account: provider.account)
                    where provider.idempotencyKey(for: cart) == entry.idempotencyKey {
                        try store.deleteCart(id: cart.id)
                    }
                }
            } else {
                entry.outcome = .notPlaced
            }
            entry.completedAt = now
            try store.recordOutcome(id: entry.id, outcome: entry.outcome!, orderID: entry.orderID,
                                    message: "reconciled on start", at: now)
            settled.append(entry)
        }
        return settled
    }

    /// What became of an intent's order. A checkout is read back by its order id: a
    /// provider's `findPlaced` looks for its own client reference (MPT `externalIds.client`),
    /// which is not what a checkout's handle is.
    private func placedOrder(_ entry: JournalEntry) async throws -> Order? {
        guard entry.intent == Self.checkout else { return try await provider.findPlaced(idempotencyKey: entry.idempotencyKey) }
        do {
            return try await provider.order(id: entry.idempotencyKey)
        } catch OrderError.notFound {
            return nil
        }
    }

    /// Whether the provider definitely did not place the order. Anything else — no answer,
    /// a 5xx, an answer that could not be read — leaves the intent open for reconciliation.
    public static func isRefusal(_ error: OrderError) -> Bool {
        switch error {
        case .authenticationRefused, .forbidden, .notFound, .conflict, .rejected, .rateLimited, .unsupported,
             .configuration, .notPlaced:
            true
        case .unreachable, .timedOut, .serverFailure, .malformedResponse, .unexpected:
            false
        }
    }

    private func journaled(intent kind: String, key: String, content: String,
                           _ request: () async throws -> Order) async throws -> Order {
        let intent = try store.recordIntent(JournalEntry(
            provider: provider.kind, account: provider.account, intent: kind,
            payloadDigest: JournalEntry.digest(of: content), idempotencyKey: key, createdAt: Date()))
        let order: Order
        do {
            order = try await request()
        } catch let error as OrderError {
            if provider.refusalMeansAlreadyPlaced(error) {
                let message = "\(provider.kind.displayName) already holds \(key): an earlier request placed it and its answer was lost; find the order in the provider's portal and run ordercon track ID --account \(provider.account)"
                try store.recordOutcome(id: intent.id, outcome: .placed, orderID: nil, message: message, at: Date())
                throw OrderError.conflict(detail: message)
            }
            if Self.isRefusal(error) {
                try store.recordOutcome(id: intent.id, outcome: .refused, orderID: nil, message: error.message, at: Date())
            }
            throw error
        }
        // The provider has the order: a local write failing now must not look like a failed placement.
        try? store.recordOutcome(id: intent.id, outcome: .placed, orderID: order.id, message: nil, at: Date())
        try? store.save(order)
        return order
    }
}
