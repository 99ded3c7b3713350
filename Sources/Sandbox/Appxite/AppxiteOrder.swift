import Foundation

/// An order as stored by the sandbox: a cart until `place_order`, then provisioning on the
/// sandbox clock. `wire` is what the API sends for it.
struct AppxiteOrder: Sendable {
    var id: String
    var organizationID: String
    var status: String
    var createdAt: Date
    var currency: String
    var items: [AppxiteItem]
    /// When a scheduled order places itself.
    var scheduledFor: Date?
    /// When provisioning ends, and whether it fails then.
    var provisionAt: Date?
    var provisionFails: Bool
    var statusMessage: String?

    var total: Decimal {
        items.reduce(Decimal(0)) { $0 + $1.unitPrice * Decimal($1.quantity) }
    }

    /// Moves every item (but cancelled ones) to `status`.
    mutating func setStatus(_ newStatus: String) {
        status = newStatus
        for index in items.indices where items[index].status != AppxiteStatus.cancelled {
            items[index].status = newStatus
        }
    }

    var wire: Wire {
        Wire(id: id, organizationID: organizationID, status: status, createdAt: createdAt, currency: currency,
             total: total, operations: AppxiteOperation.allowed(forStatus: status).map(\.rawValue),
             scheduledFor: scheduledFor, statusMessage: statusMessage, items: items)
    }

    struct Wire: Encodable {
        var id: String
        var organizationID: String
        var status: String
        var createdAt: Date
        var currency: String
        var total: Decimal
        var operations: [String]
        var scheduledFor: Date?
        var statusMessage: String?
        var items: [AppxiteItem]

        enum CodingKeys: String, CodingKey {
            case id = "OrderId", organizationID = "OrganizationId", status = "Status", createdAt = "CreatedAt"
            case currency = "Currency", total = "Total", operations = "Operations", scheduledFor = "ScheduledFor"
            case statusMessage = "StatusMessage", items = "Items"
        }
    }
}
