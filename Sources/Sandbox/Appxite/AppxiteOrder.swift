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

    /// An order awaiting approval carries the links that approve and reject it, as the
    /// approval article says; **decision**: named `ApproveLink` and `RejectLink`, host-relative.
    var wire: Wire {
        let awaiting = status == AppxiteStatus.awaitingApproval
        return Wire(id: id, organizationID: organizationID, status: status, createdAt: createdAt, currency: currency,
                    total: total, operations: AppxiteOperation.allowed(forStatus: status).map(\.rawValue),
                    scheduledFor: scheduledFor, statusMessage: statusMessage, items: items,
                    approveLink: awaiting ? "/appxite/orders/\(id)/approve" : nil,
                    rejectLink: awaiting ? "/appxite/orders/\(id)/reject" : nil)
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
        var approveLink: String?
        var rejectLink: String?

        enum CodingKeys: String, CodingKey {
            case id = "OrderId", organizationID = "OrganizationId", status = "Status", createdAt = "CreatedAt"
            case currency = "Currency", total = "Total", operations = "Operations", scheduledFor = "ScheduledFor"
            case statusMessage = "StatusMessage", items = "Items", approveLink = "ApproveLink", rejectLink = "RejectLink"
        }
    }
}

/// A scheduled order's next step is its date, a provisioning order's the end of provisioning.
extension AppxiteOrder: BookOrder {
    var nextStepAt: Date? {
        switch status {
        case AppxiteStatus.scheduled: scheduledFor
        case AppxiteStatus.provisionStarted: provisionAt
        default: nil
        }
    }
}
