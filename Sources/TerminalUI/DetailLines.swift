import ConsoleModel
import Foundation
import OrderKit

/// The detail view's text: the normalised fields, the items, the provider's own sections
/// (vouchers, subscriptions, audit trail…), the status history the console has seen, then
/// the provider's raw payload.
@MainActor
enum DetailLines {
    static func make(orderID: String, state: ConsoleState, payloads: PayloadTextMemo) -> [PaneRow] {
        guard let order = state.lists.order(orderID) else { return [PaneRow(text: "Order \(orderID) is no longer listed.")] }
        var lines = [
            "Provider      \(order.provider.displayName) (account \(order.account))",
            "Customer      \(order.customerName ?? "unknown") (\(order.customerID.map { "#\($0)" } ?? "no id"))",
            "Status        \(order.status.isEmpty ? "unknown" : order.statusLabel)  [\(order.phase.rawValue)]",
            "Created       \(order.createdAt.map { ClockText.stamp($0, in: state.timeZone) } ?? "unknown")",
        ]
        if let reason = order.notReread {
            lines.append("Not re-read   \(reason): this is the last copy that could be read")
        }
        if !order.degraded.isEmpty {
            lines.append("Unreadable    the answer's fields below could not be read (see the raw payload):")
            lines += order.degraded.sorted { $0.key < $1.key }.map { "  \($0.key): \($0.value)" }
        }
        if let expiry = order.expiresAt {
            lines.append("Expires       \(ClockText.stamp(expiry, in: state.timeZone))  (\(AgeText.left(until: expiry, now: state.now)))")
        }
        lines.append("Total         \(order.totalText)")
        let items = state.lists.items[orderID] ?? order.items
        lines += ["", "Items (\(items.count))"]
        lines += items.map { item in
            "  \(item.name) ×\(item.quantity)  \(item.lineTotal?.formatted ?? "—")  \(item.statusLabel)"
        }
        var rows = lines.map { PaneRow(text: $0) }
        rows += providerRows(state.lookups.details[orderID], provider: order.provider)
        lines = ["", "Status history (as seen by this console)"]
        lines += state.lookups.history.seen(order).map { "  \(ClockText.stamp($0.seenAt, in: state.timeZone))  \($0.label)" }
        lines += ["", "Raw payload"]
        rows += lines.map { PaneRow(text: $0) }
        guard let payload = order.rawPayload else { return rows + [PaneRow(text: "  (not loaded: the list does not carry it)")] }
        return rows + payloads.text(payload).split(separator: "\n", omittingEmptySubsequences: false)
            .map { PaneRow(text: "  " + $0, sideways: true) }
    }

    /// The provider's sections, each value coloured by its tone; a line says so while they load.
    private static func providerRows(_ sections: [DetailSection]?, provider: ProviderKind) -> [PaneRow] {
        guard let sections else { return [PaneRow(text: ""), PaneRow(text: "Loading \(provider.displayName) details…")] }
        var rows: [PaneRow] = []
        for section in sections {
            rows += [PaneRow(text: ""), PaneRow(text: section.title)]
            let width = min(34, (section.rows.map { DisplayWidth.of($0.label) }.max() ?? 0) + 2)
            for row in section.rows {
                let label = "  " + TextFit.pad(TextFit.cut(row.label, width - 2), width)
                let role: ThemeRole? = switch row.tone {
                case .normal: nil
                case .warning: .warning
                case .failure: .failed
                case .success: .completed
                }
                rows.append(PaneRow(text: label + row.value,
                                    accent: role.map { .init(column: DisplayWidth.of(label), text: row.value, role: $0) }))
            }
        }
        return rows
    }

}
