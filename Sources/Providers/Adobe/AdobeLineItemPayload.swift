import Foundation

/// A line of an order as Adobe sends it; `pricing` only on a preview fetched with prices.
struct AdobeLineItemPayload: Decodable {
    struct Pricing: Decodable {
        var partnerPrice: Decimal?
        var lineItemPartnerPrice: Decimal?

        enum CodingKeys: String, CodingKey { case partnerPrice, lineItemPartnerPrice }
    }

    var extLineItemNumber: Int
    var offerId: String
    var quantity: Int
    /// How many units a RETURN may still take back (the sandbox sends it; without it, a line
    /// not yet returned has its whole quantity left).
    var remainingQuantity: Int?
    var subscriptionId: String?
    var status: String?
    var currencyCode: String?
    var deploymentId: String?
    var discountCode: String?
    var pricing: Pricing?

    enum CodingKeys: String, CodingKey {
        case extLineItemNumber, offerId, quantity, remainingQuantity, subscriptionId, status, currencyCode, deploymentId
        case discountCode, pricing
    }

    /// What a RETURN may still take back: none once the line is returned (1008).
    var returnable: Int {
        status == "1008" ? 0 : remainingQuantity ?? quantity
    }
}
