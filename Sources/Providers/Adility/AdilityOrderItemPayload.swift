import Foundation

/// One line of an order. The seed names the OrderItem type without printing its fields,
/// and its XML example shows an empty `<item>`, so every field is optional.
struct AdilityOrderItemPayload: Decodable, AdilityListElement {
    static let elementName = "item"

    var offerID: String?
    var title: String?
    var price: Decimal?
    var quantity: Int?

    enum CodingKeys: String, CodingKey {
        case title, price, quantity
        case offerID = "offer_id"
    }
}
