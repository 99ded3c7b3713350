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
    /// The days the line is invoiced for: up to the customer's anniversary for a purchase
    /// mid-term, a whole term for a renewal; nil (a whole term) for the seeded history.
    var proratedDays: Int?

    static let fullTermDays = 365

    var remainingQuantity: Int { quantity - returnedQuantity }

    /// The unit price for the invoiced days, to the cent: the reference's `netPartnerPrice`
    /// (the sandbox has no discounts, so the discounted price is the partner price).
    var netPartnerPrice: Decimal? {
        partnerPrice.map { price in
            var prorated = price * Decimal(proratedDays ?? Self.fullTermDays) / Decimal(Self.fullTermDays)
            var rounded = Decimal()
            NSDecimalRound(&rounded, &prorated, 2, .plain)
            return rounded
        }
    }

    /// What the partner pays for the line: `lineItemPartnerPrice`.
    var lineItemPartnerPrice: Decimal? { netPartnerPrice.map { $0 * Decimal(quantity) } }

    var wire: Wire {
        let pricing = partnerPrice.flatMap { price in
            netPartnerPrice.map { net in
                Wire.Pricing(partnerPrice: price, discountedPartnerPrice: price, netPartnerPrice: net,
                             lineItemPartnerPrice: net * Decimal(quantity))
            }
        }
        return Wire(extLineItemNumber: extLineItemNumber, offerId: offerId, quantity: quantity,
                    remainingQuantity: remainingQuantity, subscriptionId: subscriptionId, status: status,
                    currencyCode: currencyCode, deploymentId: deploymentId, discountCode: discountCode,
                    proratedDays: pricing == nil ? nil : proratedDays ?? Self.fullTermDays, pricing: pricing)
    }

    struct Wire: Encodable {
        /// The reference's line pricing: the full-term unit price, the same after discounts
        /// (the sandbox has none), prorated to the invoiced days, and times the quantity.
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
