import Foundation

/// One line of a placed order, as the OrderItem resource lists it: the offer, the quantity
/// and the vouchers issued for it. Like the reference, it carries no title and no price:
/// those are the offer's.
struct AdilityOrderLine: Encodable, Sendable, AdilityNamedElement {
    static let elementName = "item"

    var offerID: String
    var quantity: Int
    var vouchers: AdilityElements<AdilityVoucher>

    enum CodingKeys: String, CodingKey {
        case offerID = "offer_id", quantity, vouchers
    }
}
