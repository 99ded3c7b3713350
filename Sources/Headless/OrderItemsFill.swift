import OrderKit

/// Reads the items of listed orders whose list answer did not carry them (the white-label
/// API lists orders without their items), for `orders --format json`.
///
/// Why: the JSON record promises each order's items; printing `[]` for an order that has
/// items would tell a script something false.
public enum OrderItemsFill {
    /// `orders` with every empty item list read from the order's account, at most
    /// `concurrency` reads at a time, in the same order. An order whose items could not be read
    /// keeps none and is named in `failures`.
    public static func fill(_ orders: [Order], from providers: [any OrderProvider], concurrency: Int) async
        -> (orders: [Order], failures: [(orderID: String, error: OrderError)]) {
        let byAccount = Dictionary(providers.map { ($0.account, $0) }) { first, _ in first }
        let missing = orders.indices.filter { orders[$0].items.isEmpty && byAccount[orders[$0].account] != nil }
        let answers = await OrderSweep.lookUp(missing, concurrency: concurrency) { index in
            let order = orders[index]
            do {
                return Result<[OrderItem], OrderError>.success(try await byAccount[order.account]!.items(orderID: order.id))
            } catch {
                return .failure(OrderError.wrapping(error))
            }
        }
        var filled = orders
        var failures: [(orderID: String, error: OrderError)] = []
        for (index, answer) in zip(missing, answers) {
            switch answer {
            case .success(let items): filled[index].items = items
            case .failure(let error): failures.append((orders[index].id, error))
            }
        }
        return (filled, failures)
    }
}
