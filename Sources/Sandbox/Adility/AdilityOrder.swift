import Foundation

/// An order as the sandbox stores and sends it: the document's attributes, with `vouchers`
/// filled for deal offers. Shipping address and shipments stay out: no sandbox offer ships.
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
    var vouchers: AdilityElements<AdilityVoucher>
    var accountID: String
    var customerName: String
    var purchasedAt: Date

    enum CodingKeys: String, CodingKey {
        case id, status, items, vouchers
        case orderNumber = "order_number", accountID = "account_id", customerName = "customer_name"
        case purchasedAt = "purchased_at"
    }
}
