import Foundation

/// A catalog product (`GET /api/products`), read by `WhiteLabelReader`.
struct WhiteLabelProductPayload {
    var id: String
    var name: String
    var price: Decimal?
    var currency: String?
    var billingCycle: String?
}
