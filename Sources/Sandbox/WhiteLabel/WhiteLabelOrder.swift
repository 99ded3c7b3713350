import Foundation

/// An order as stored by the sandbox; `wire` is what the API sends for it.
struct WhiteLabelOrder: Sendable {
    var id: Int
    var accountID: Int
    var accountName: String
    var status: String
    var orderDate: Date
    var currency: String
    var items: [WhiteLabelItem]
    var customFields: [WhiteLabelField]
    /// When a submitted order reaches its final execution status, and which one.
    var executesAt: Date?
    var executionFails: Bool
    var executionMessage: String?

    static let lifetime: TimeInterval = 7 * 24 * 3600

    var expirationDate: Date? {
        status == WhiteLabelStatus.draft ? orderDate.addingTimeInterval(Self.lifetime) : nil
    }

    var total: Decimal {
        items.reduce(Decimal(0)) { $0 + $1.unitPrice * Decimal($1.quantity) }
    }

    /// Confirmed in the API's sense: every order but Draft, Reseller Pending Approval and
    /// Cancelled by Reseller.
    var isConfirmed: Bool {
        ![WhiteLabelStatus.draft, WhiteLabelStatus.pendingApproval, WhiteLabelStatus.cancelled].contains(status)
    }

    var wire: Wire {
        Wire(id: id, accountID: accountID, accountName: accountName, status: status, orderDate: orderDate,
             expirationDate: expirationDate, currency: currency, total: total, itemsCount: items.count)
    }

    struct Wire: Encodable {
        var id: Int
        var accountID: Int
        var accountName: String
        var status: String
        var orderDate: Date
        var expirationDate: Date?
        var currency: String
        var total: Decimal
        var itemsCount: Int

        enum CodingKeys: String, CodingKey {
            case id = "Id", accountID = "AccountId", accountName = "AccountName", status = "Status"
            case orderDate = "OrderDate", expirationDate = "ExpirationDate", currency = "Currency"
            case total = "Total", itemsCount = "ItemsCount"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(accountID, forKey: .accountID)
            try container.encode(accountName, forKey: .accountName)
            try container.encode(status, forKey: .status)
            try container.encode(orderDate, forKey: .orderDate)
            try container.encode(expirationDate, forKey: .expirationDate)
            try container.encode(currency, forKey: .currency)
            try container.encode(total, forKey: .total)
            try container.encode(itemsCount, forKey: .itemsCount)
        }
    }
}

/// A draft's next step is its expiry, a submitted order's the end of its execution.
extension WhiteLabelOrder: BookOrder {
    var createdAt: Date { orderDate }
    var nextStepAt: Date? {
        expirationDate ?? (status == WhiteLabelStatus.submitted ? executesAt : nil)
    }
}
