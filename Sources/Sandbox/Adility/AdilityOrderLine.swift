import Foundation

/// One line of a placed order. The seed names the type (OrderItem) without printing its
/// fields; beyond the document, the sandbox answers `offer_id` and `quantity` as sent,
/// plus the offer's `title` and unit `price` at the time of purchase.
struct AdilityOrderLine: Encodable, Sendable, AdilityNamedElement {
    static let elementName = "item"

    var offerID: String
    var title: String
    var price: Decimal
    var quantity: Int

    enum CodingKeys: String, CodingKey {
        case offerID = "offer_id", title, price, quantity
    }
}
