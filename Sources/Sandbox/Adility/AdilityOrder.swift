import Foundation

/// An order as the sandbox stores and sends it: the document's attributes, the vouchers on
/// the items they were issued for. Shipping address and shipments stay out: no sandbox
/// offer ships.
struct AdilityOrder: Encodable, Sendable, AdilityNamedElement {
    static let elementName = "order"

    enum Status: String, Encodable, Sendable {
        case active
        case cancelled
    }

    var id: String
    var orderNumber: String
    var status: Status
    var items: AdilityElements<AdilityOrderLine>
    var accountID: String
    var customerName: String
    var purchasedAt: Date

    /// In the document's order, which XML keeps.
    enum CodingKeys: String, CodingKey {
        case id, orderNumber = "order_number", status, items, accountID = "account_id"
        case customerName = "customer_name", purchasedAt = "purchased_at"
    }

    /// Every voucher of the order, across its items.
    var vouchers: [AdilityVoucher] { items.elements.flatMap(\.vouchers.elements) }

    /// Changes every voucher of the order with `change`.
    mutating func updateVouchers(_ change: (inout AdilityVoucher) -> Void) {
        for line in items.elements.indices {
            for index in items.elements[line].vouchers.elements.indices {
                change(&items.elements[line].vouchers.elements[index])
            }
        }
    }
}

/// Lists are newest first by `purchased_at`; nothing happens to an order by itself.
extension AdilityOrder: BookOrder {
    var createdAt: Date { purchasedAt }
    var nextStepAt: Date? { nil }
}
