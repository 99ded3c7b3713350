import Foundation

/// An offer (`GET /offers`, `GET /offers/{id}`): `id, title, price, value, type
/// (deal | coupon | gift_card), quantity_in_stock, status`.
struct AdilityOfferPayload: Decodable, AdilityListElement {
    static let elementName = "offer"

    var id: String
    var title: String
    var price: Decimal
    var value: Decimal?
    var type: String
    var quantityInStock: Int
    var status: String

    enum CodingKeys: String, CodingKey {
        case id, title, price, value, type, status
        case quantityInStock = "quantity_in_stock"
    }
}
