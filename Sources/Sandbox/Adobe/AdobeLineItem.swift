import Foundation

/// A line of an order as the sandbox stores it; `wire` is what the API sends for it.
struct AdobeLineItem: Sendable {
    var extLineItemNumber: Int
    var offerId: String
    var quantity: Int
    var currencyCode: String
    var deploymentId: String?
    var discountCode: String?
    var subscriptionId: String
    var status: String
    /// How many units RETURN orders have taken back so far.
    var returnedQuantity = 0
    /// Unit price, sent only when asked for with `fetch-price=true` (a preview, or a read
    /// of a complete order).
    var partnerPrice: Decimal?
    /// The days a priced line is invoiced for; sent with the prices.
    var proratedDays: Int?

    /// The sandbox sells every purchase for a whole term: it prorates nothing.
    static let fullTermDays = 365

    var remainingQuantity: Int { quantity - returnedQuantity }

    var wire: Wire {
        Wire(extLineItemNumber: extLineItemNumber, offerId: offerId, quantity: quantity,
             remainingQuantity: remainingQuantity, subscriptionId: subscriptionId, status: status,
             currencyCode: currencyCode,
             deploymentId: deploymentId, discountCode: discountCode, proratedDays: proratedDays,
             pricing: partnerPrice.map { Wire.Pricing(partnerPrice: $0, discountedPartnerPrice: $0, netPartnerPrice: $0,
                                                      lineItemPartnerPrice: $0 * Decimal(quantity)) })
    }

    struct Wire: Encodable {
        /// The reference's line pricing; the sandbox has no discounts or proration, so the
        /// unit prices agree.
        struct Pricing: Encodable {
            var partnerPrice: Decimal
            var discountedPartnerPrice: Decimal
            var netPartnerPrice: Decimal
            var lineItemPartnerPrice: Decimal

            enum CodingKeys: String, CodingKey {
                case partnerPrice, discountedPartnerPrice, netPartnerPrice, lineItemPartnerPrice
            }
        }

        var extLineItemNumber: Int
        var offerId: String
        var quantity: Int
        /// Beyond the document: how many units a RETURN may still take back.
        var remainingQuantity: Int
        var subscriptionId: String
        var status: String
        var currencyCode: String
        var deploymentId: String?
        var discountCode: String?
        var proratedDays: Int?
        var pricing: Pricing?

        enum CodingKeys: String, CodingKey {
            case extLineItemNumber, offerId, quantity, remainingQuantity, subscriptionId, status, currencyCode, deploymentId
            case discountCode, proratedDays, pricing
        }
    }
}
