import Foundation
import OrderKit

/// Text and CSV renderings of orders for the headless commands.
public enum OrderTable {
    static let columns = ["ACCOUNT", "PROVIDER", "ID", "PHASE", "STATUS", "CREATED", "TOTAL"]

    /// An aligned table with a header line, newest first as given; a status code shows its
    /// meaning (`1002 pending`).
    public static func text(_ orders: [Order]) -> String {
        let rows = orders.map { order in
            [order.account, order.provider.rawValue, order.id, order.phase.rawValue, order.statusLabel,
             order.createdAt.map(timestamp) ?? "unknown", order.displayTotal?.formatted ?? "-"]
        }
        let all = [columns] + rows
        let widths = columns.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// RFC 4180 CSV with a header line; the status is the provider's own, for scripts to
    /// compare (its meaning is in the text table and the JSON's `status_meaning`).
    public static func csv(_ orders: [Order]) -> String {
        let header = "account,provider,id,phase,status,created_at,updated_at,total_amount,total_currency"
        let rows = orders.map { order in
            let total = order.displayTotal
            return [order.account, order.provider.rawValue, order.id, order.phase.rawValue, order.status,
                    order.createdAt.map(timestamp) ?? "", timestamp(order.updatedAt),
                    total.map { NSDecimalNumber(decimal: $0.amount).stringValue } ?? "", total?.currency ?? ""]
                .map(quote).joined(separator: ",")
        }
        return ([header] + rows).joined(separator: "\r\n") + "\r\n"
    }

    /// One order for people: the fields, then its items.
    public static func detail(_ order: Order) -> String {
        var lines = [
            "\(order.account) · \(order.provider.rawValue) · order \(order.id)",
            "  status   \(order.status.isEmpty ? "unknown" : order.statusLabel) [\(order.phase.rawValue)]",
            "  customer \(order.customerName ?? "unknown") (\(order.customerID ?? "no id"))",
            "  created  \(order.createdAt.map(timestamp) ?? "unknown")",
            "  total    \(order.totalText)",
        ]
        if let reason = order.notReread { lines.append("  not re-read: \(reason)") }
        lines += order.degraded.sorted { $0.key < $1.key }.map { "  unreadable \($0.key): \($0.value)" }
        lines += order.items.map { item in
            "  · \(item.name) ×\(item.quantity)  \(item.statusLabel) [\(item.phase.rawValue)]"
                + (item.subscriptionID.map { "  subscription \($0)" } ?? "")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    private static func quote(_ field: String) -> String {
        guard field.contains(where: { [",", "\"", "\n", "\r"].contains($0) }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
