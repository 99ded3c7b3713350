import Foundation

/// An offer in the sandbox catalog, sent as `GET /offers` and `GET /offers/{id}` print it:
/// `id, title, price, value, type, quantity_in_stock, status`, the price and face value as
/// currency objects (`AdilityMoney`). The merchant's position is kept for the location +
/// radius search and not sent.
struct AdilityOffer: Encodable, Sendable, AdilityNamedElement {
    static let elementName = "offer"

    enum Kind: String, Encodable, Sendable {
        case deal
        case coupon
        case giftCard = "gift_card"
    }

    var id: String
    var title: String
    var price: Decimal
    var value: Decimal
    var type: Kind
    var quantityInStock: Int
    var status: String
    var latitude: Double
    var longitude: Double
    /// How long a voucher for this offer stays redeemable after purchase.
    var voucherValidityDays: Int
    /// Sends `quantity_in_stock` as text, as the reference allows: a client must read both.
    var stockAsText = false

    static let active = "active"

    /// In the document's order, which XML keeps.
    enum CodingKeys: String, CodingKey {
        case id, title, price, value, type, quantityInStock = "quantity_in_stock", status
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(AdilityMoney(dollars: price), forKey: .price)
        try container.encode(AdilityMoney(dollars: value), forKey: .value)
        try container.encode(type, forKey: .type)
        if stockAsText {
            try container.encode(String(quantityInStock), forKey: .quantityInStock)
        } else {
            try container.encode(quantityInStock, forKey: .quantityInStock)
        }
        try container.encode(status, forKey: .status)
    }
}
