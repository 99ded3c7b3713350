import Foundation
import OrderKit

/// Reads orders from several accounts at once: one slow or failing account never holds up
/// or hides the others.
public enum OrderQuery {
    /// Every account's orders (each client follows every page), in the accounts' order.
    public static func fetch(_ providers: [any OrderProvider], stage: OrderStage) async -> [AccountOrders] {
        await withTaskGroup(of: (Int, AccountOrders).self) { group in
            for (index, provider) in providers.enumerated() {
                group.addTask {
                    let result: Result<OrderList, OrderError>
                    do {
                        result = .success(try await provider.orderList(stage: stage))
                    } catch {
                        result = .failure(OrderError.wrapping(error))
                    }
                    return (index, AccountOrders(account: provider.account, provider: provider.kind, result: result,
                                                 listing: provider.capabilities.orderListing))
                }
            }
            var results: [(Int, AccountOrders)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    /// Orders in any of `phases` (all when empty) created at or after `since`, newest first.
    /// An order whose creation date is unknown is kept by `since`: leaving it out would hide
    /// an order nobody can prove is old.
    public static func filter(_ orders: [Order], phases: Set<Phase>, since: Date?) -> [Order] {
        orders.filter { order in
            (phases.isEmpty || phases.contains(order.phase))
                && (since.map { cutoff in order.createdAt.map { $0 >= cutoff } ?? true } ?? true)
        }.sorted { $0.isNewer(than: $1) }
    }
}
