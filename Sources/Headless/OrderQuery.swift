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
                    do {
                        return (index, AccountOrders(account: provider.account, provider: provider.kind,
                                                     result: .success(try await provider.orders(stage: stage))))
                    } catch {
                        return (index, AccountOrders(account: provider.account, provider: provider.kind,
                                                     result: .failure(OrderError.wrapping(error))))
                    }
                }
            }
            var results: [(Int, AccountOrders)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    /// Orders in any of `phases` (all when empty) created at or after `since`, newest first.
    public static func filter(_ orders: [Order], phases: Set<Phase>, since: Date?) -> [Order] {
        orders.filter { order in
            (phases.isEmpty || phases.contains(order.phase)) && (since.map { order.createdAt >= $0 } ?? true)
        }.sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }
    }
}
