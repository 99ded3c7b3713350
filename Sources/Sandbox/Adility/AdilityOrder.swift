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

    /// In the document's order, which XML keeps.
    enum CodingKeys: String, CodingKey {
        case id, orderNumber = "order_number", status, items, vouchers, accountID = "account_id"
        case customerName = "customer_name", purchasedAt = "purchased_at"
    }
}
