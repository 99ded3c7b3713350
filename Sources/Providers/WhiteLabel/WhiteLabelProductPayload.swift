import Foundation

/// A catalog product (`GET /api/products`).
struct WhiteLabelProductPayload: Decodable {
    var id: String
    var name: String
    var price: Decimal?
    var currency: String?
    var billingCycle: String?

    enum CodingKeys: String, CodingKey {
        case id = "Id", name = "Name", price = "Price", currency = "Currency", billingCycle = "BillingCycle"
    }
}
