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
    var subscriptionId: String?
    var status: String?
    var currencyCode: String?
    var deploymentId: String?
    var discountCode: String?
    var pricing: Pricing?

    enum CodingKeys: String, CodingKey {
        case extLineItemNumber, offerId, quantity, subscriptionId, status, currencyCode, deploymentId
        case discountCode, pricing
    }
}
