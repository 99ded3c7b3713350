import Foundation

/// An offer in the sandbox catalog (`GET /api/products`).
struct WhiteLabelProduct: Encodable, Sendable {
    var id: String
    var name: String
    var price: Decimal
    var currency: String
    var billingCycle: String

    enum CodingKeys: String, CodingKey {
        case id = "Id", name = "Name", price = "Price", currency = "Currency", billingCycle = "BillingCycle"
    }
}
