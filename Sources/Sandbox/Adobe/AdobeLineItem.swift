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
    /// Unit price, sent only on a preview fetched with `fetch-price=true`.
    var partnerPrice: Decimal?

    var remainingQuantity: Int { quantity - returnedQuantity }

    var wire: Wire {
        Wire(extLineItemNumber: extLineItemNumber, offerId: offerId, quantity: quantity,
             remainingQuantity: remainingQuantity, subscriptionId: subscriptionId, status: status,
             currencyCode: currencyCode,
             deploymentId: deploymentId, discountCode: discountCode,
             pricing: partnerPrice.map { Wire.Pricing(partnerPrice: $0, lineItemPartnerPrice: $0 * Decimal(quantity)) })
    }

    struct Wire: Encodable {
        struct Pricing: Encodable {
            var partnerPrice: Decimal
            var lineItemPartnerPrice: Decimal

            enum CodingKeys: String, CodingKey { case partnerPrice, lineItemPartnerPrice }
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
        var pricing: Pricing?

        enum CodingKeys: String, CodingKey {
            case extLineItemNumber, offerId, quantity, remainingQuantity, subscriptionId, status, currencyCode, deploymentId
            case discountCode, pricing
        }
    }
}
