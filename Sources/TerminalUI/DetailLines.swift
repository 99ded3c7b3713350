import ConsoleModel
import Foundation
import OrderKit

/// The detail view's text: the normalised fields, the items, the status history the
/// console has seen, then the provider's raw payload.
enum DetailLines {
    static func make(orderID: String, state: ConsoleState) -> [String] {
        guard let order = state.order(orderID) else { return ["Order \(orderID) is no longer listed."] }
        var lines = [
            "Provider      \(order.provider.displayName) (account \(order.account))",
            "Customer      \(order.customerName) (#\(order.customerID))",
            "Status        \(order.status)  [\(order.phase.rawValue)]",
            "Created       \(timestamp(order.createdAt))",
        ]
        if let expiry = order.expiresAt {
            lines.append("Expires       \(timestamp(expiry))  (\(AgeText.left(until: expiry, now: state.now)))")
        }
        lines.append("Total         \(order.displayTotal?.formatted ?? "—")")
        let items = state.items[orderID] ?? order.items
        lines += ["", "Items (\(items.count))"]
        lines += items.map { item in
            "  \(item.name) ×\(item.quantity)  \(item.lineTotal?.formatted ?? "—")  \(item.status)"
        }
        lines += ["", "Status history (as seen by this console)"]
        lines += (state.history[orderID] ?? []).map { "  \(timestamp($0.seenAt))  \($0.status)" }
        lines += ["", "Raw payload"]
        lines += (order.rawPayload ?? "(not loaded: the list does not carry it)").split(separator: "\n",
                                                                                         omittingEmptySubsequences: false)
            .map { "  " + $0 }
        return lines
    }

    private static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false)
            .dateTimeSeparator(.space).timeSeparator(.colon))
    }
}
