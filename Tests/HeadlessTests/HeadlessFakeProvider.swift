import Foundation
import OrderFixtures
import OrderKit
import Synchronization

/// A provider whose `order(id:)` answers from a script, one answer per call, and which
/// records what placing sent.
final class ScriptedProvider: OrderProvider, Sendable {
    let kind = ProviderKind.adobe
    let account = "adobe-demo"
    let capabilities: Capabilities
    private let script: Mutex<[Result<Order, OrderError>]>
    let placedCarts = Mutex<[LocalCart]>([])
    let drafts = Mutex<[String: [String]]>([:])

    init(capabilities: Capabilities = Capabilities(previewPrice: true), script: [Result<Order, OrderError>] = []) {
        self.capabilities = capabilities
        self.script = Mutex(script)
    }

    func orderList(stage: OrderStage) async throws -> OrderList { OrderList(orders: []) }

    func order(id: String) async throws -> Order {
        let next = script.withLock { $0.count > 1 ? $0.removeFirst() : $0.first }
        guard let next else { throw OrderError.notFound(detail: id) }
        return try next.get()
    }

    func items(orderID: String) async throws -> [OrderItem] { [] }
    func offers() async throws -> [Offer] { OrderFixtures.offers }
    func customers() async throws -> [Customer] { OrderFixtures.customers }

    func place(orderID: String) async throws -> Order {
        OrderFixtures.order(orderID, status: "Submitted", phase: .processing, hoursAgo: 0)
    }

    func createDraft(customerID: String) async throws -> Order {
        drafts.withLock { $0["D1"] = [] }
        return OrderFixtures.order("D1", status: "Draft", phase: .draft, hoursAgo: 0)
    }

    func addItem(orderID: String, offerID: String, quantity: Int) async throws -> OrderItem {
        drafts.withLock { $0[orderID, default: []].append("\(offerID)×\(quantity)") }
        return OrderFixtures.item("I", offerID, quantity: quantity, price: nil)
    }

    func place(cart: LocalCart) async throws -> Order {
        placedCarts.withLock { $0.append(cart) }
        return OrderFixtures.order("A-1", status: "1002", phase: .processing, hoursAgo: 0)
    }

    func preview(cart: LocalCart) async throws -> Quote {
        Quote(lines: cart.lines.map { Quote.Line(offerID: $0.offerID, name: $0.name, quantity: $0.quantity,
                                                 unitPrice: $0.unitPrice, total: $0.lineTotal) },
              total: cart.total)
    }
}
