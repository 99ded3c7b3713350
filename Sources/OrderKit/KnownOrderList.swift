import Foundation

/// The order list of an account whose provider publishes none (`OrderListing.known`): the
/// orders ordercon knows, each read by id. The console's refresh and the headless `orders`
/// and `check` read it the same way, through `KnownOrdersProvider`.
///
/// An order not final is read on every call (the console calls at the fast cadence while
/// something moves); a final one only when its last copy is older than `finalReadEvery`
/// (the slow cadence). Reads run at most `concurrency` at a time. An id the provider no
/// longer answers for, or answers unreadably, is an unreadable entry, never a failure of
/// the list; only when every read fails for the account's sake (unreachable, refused
/// credentials) does the list fail, so `check` says UNKNOWN rather than WARNING.
public struct KnownOrderList: Sendable {
    public var provider: any OrderProvider
    public var book: any KnownOrderBook
    public var finalReadEvery: TimeInterval
    public var concurrency: Int

    public init(provider: any OrderProvider, book: any KnownOrderBook, finalReadEvery: TimeInterval = 30,
                concurrency: Int = 8) {
        self.provider = provider
        self.book = book
        self.finalReadEvery = finalReadEvery
        self.concurrency = concurrency
    }

    /// The known orders at `stage`, newest first, read where due.
    public func read(stage: OrderStage, now: Date = Date()) async throws -> OrderList {
        let known = try book.knownOrders(account: provider.account)
        let due = known.filter { isDue($0, now: now) }.map(\.id)
        let answers = await lookUp(due)
        var fresh: [String: Order] = [:]
        var failures: [String: OrderError] = [:]
        for (id, answer) in zip(due, answers) {
            switch answer {
            case .success(let order): fresh[id] = order
            case .failure(let error): failures[id] = error
            }
        }
        if fresh.isEmpty, let blocking = due.lazy.compactMap({ failures[$0] }).first(where: Self.stopsTheAccount) {
            throw blocking
        }
        try book.noteRead(Array(fresh.values), account: provider.account, at: now)
        let orders = known.compactMap { entry in fresh[entry.id] ?? (failures[entry.id] == nil ? entry.lastCopy : nil) }
        let unreadable = known.enumerated().compactMap { index, entry in
            failures[entry.id].map { UnreadableOrder(id: entry.id, position: index + 1, reason: Self.reason($0, id: entry.id)) }
        }
        return OrderList(orders: orders.filter { Self.belongs($0, to: stage) }.sorted { $0.isNewer(than: $1) },
                         unreadable: unreadable)
    }

    /// Reads each id from the provider and follows those orders. An id the provider does not
    /// know is refused, and then nothing is tracked: a typo never becomes an entry that
    /// fails on every refresh.
    @discardableResult
    public func track(_ ids: [String], now: Date = Date()) async throws -> [Order] {
        var unique: [String] = []
        for id in ids where !unique.contains(id) { unique.append(id) }
        var orders: [Order] = []
        for (id, answer) in zip(unique, await lookUp(unique)) {
            switch answer {
            case .success(let order): orders.append(order)
            case .failure(.notFound):
                throw OrderError.notFound(detail: "\(provider.account) has no order \(id) (the provider answered 404); nothing was tracked")
            case .failure(let error): throw error
            }
        }
        try book.track(orders, account: provider.account, at: now)
        return orders
    }

    /// Stops following these ids; returns the ones that were followed.
    public func untrack(_ ids: [String]) throws -> [String] {
        try book.untrack(ids, account: provider.account)
    }

    /// Whether a known order is read now: always unless it is final and its copy is fresh.
    public func isDue(_ known: KnownOrder, now: Date) -> Bool {
        guard let copy = known.lastCopy, copy.phase.isFinal, let readAt = known.readAt else { return true }
        return now.timeIntervalSince(readAt) >= finalReadEvery
    }

    private func lookUp(_ ids: [String]) async -> [Result<Order, OrderError>] {
        let provider = provider
        return await OrderSweep.lookUp(ids, concurrency: concurrency) { id in
            do {
                return .success(try await provider.order(id: id))
            } catch {
                return .failure(OrderError.wrapping(error))
            }
        }
    }

    /// Failures that say nothing about one order but about the account: when every read
    /// fails this way the list cannot be read at all.
    private static func stopsTheAccount(_ error: OrderError) -> Bool {
        switch error {
        case .unreachable, .timedOut, .serverFailure, .rateLimited, .authenticationRefused, .forbidden, .configuration: true
        case .notFound, .malformedResponse, .conflict, .rejected, .unsupported, .notPlaced, .unexpected: false
        }
    }

    private static func reason(_ error: OrderError, id: String) -> String {
        if case .notFound = error {
            return "the provider no longer knows it (404); ordercon untrack \(id) stops following it"
        }
        return error.message
    }

    private static func belongs(_ order: Order, to stage: OrderStage) -> Bool {
        switch stage {
        case .draft: order.phase.isUnplaced
        case .confirmed: !order.phase.isUnplaced
        case .all: true
        }
    }
}
