import Foundation
import OrderFixtures
import OrderKit
import Store
import Synchronization

/// An in-memory provider whose answers a test sets, and which can look into the Store
/// while a request is "on the wire".
final class FakeProvider: OrderProvider, Sendable {
    let kind = ProviderKind.whitelabel
    let account = "wl-demo"
    let capabilities = ConsoleFixture.capabilities

    private let book = Mutex<[Order]>(OrderFixtures.book)
    private let placeFailure = Mutex<OrderError?>(nil)
    private let onPlace = Mutex<(@Sendable () -> Void)?>(nil)

    func failPlacement(with error: OrderError) { placeFailure.withLock { $0 = error } }
    func whilePlacing(_ probe: @escaping @Sendable () -> Void) { onPlace.withLock { $0 = probe } }

    func set(_ id: String, status: String, phase: Phase) {
        book.withLock { orders in
            if let index = orders.firstIndex(where: { $0.id == id }) {
                orders[index].status = status
                orders[index].phase = phase
            }
        }
    }

    func remove(_ id: String) { book.withLock { $0.removeAll { $0.id == id } } }

    func orderList(stage: OrderStage) async throws -> OrderList { OrderList(orders: book.withLock { $0 }) }

    func order(id: String) async throws -> Order {
        guard let order = book.withLock({ $0.first { $0.id == id } }) else {
            throw OrderError.notFound(detail: "order \(id)")
        }
        return order
    }

    func items(orderID: String) async throws -> [OrderItem] { try await order(id: orderID).items }
    func offers() async throws -> [Offer] { OrderFixtures.offers }
    func customers() async throws -> [Customer] { OrderFixtures.customers }

    /// Carts are keyed by their first line, as Appxite keys them by order item id.
    func idempotencyKey(for cart: LocalCart) -> String { cart.lines.first?.id ?? cart.id }

    func place(cart: LocalCart) async throws -> Order {
        onPlace.withLock { $0 }?()
        if let error = placeFailure.withLock({ $0 }) { throw error }
        let order = OrderFixtures.order("9\(cart.lines.count)", status: "Submitted", phase: .processing, hoursAgo: 0,
                                        items: cart.lines.map {
                                            OrderFixtures.item($0.id, $0.name, quantity: $0.quantity, price: nil)
                                        })
        book.withLock { $0.insert(order, at: 0) }
        placedCarts.withLock { $0[idempotencyKey(for: cart)] = order.id }
        return order
    }

    private let placedCarts = Mutex<[String: String]>([:])

    func findPlaced(idempotencyKey: String) async throws -> Order? {
        guard let id = placedCarts.withLock({ $0[idempotencyKey] }) ?? Optional(idempotencyKey) else { return nil }
        return try? await order(id: id)
    }

    func place(orderID: String) async throws -> Order {
        onPlace.withLock { $0 }?()
        if let error = placeFailure.withLock({ $0 }) { throw error }
        set(orderID, status: "Submitted", phase: .processing)
        return try await order(id: orderID)
    }
}
