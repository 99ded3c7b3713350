import Foundation

/// An order as the sandbox stores it (or, for a preview, computes it); `wire` is what the
/// API sends for it, in the shape of seed 002's response body.
struct AdobeOrder: Sendable {
    var orderId: String
    var customerId: String
    var externalReferenceId: String
    var orderType: AdobeOrderType
    var referenceOrderId: String
    var currencyCode: String
    var creationDate: Date
    var status: String
    var lineItems: [AdobeLineItem]
    /// `API` for an order a partner placed, `System` for an automatic renewal.
    var source = "API"
    /// When a pending order reaches `outcome` on the sandbox clock.
    var settlesAt: Date?
    var outcome: String?

    /// The answer to `fetch-price=true`: one total per currency.
    var pricingSummary: [Wire.PricingSummary]? {
        let priced = lineItems.compactMap(\.lineItemPartnerPrice)
        guard !priced.isEmpty else { return nil }
        return [Wire.PricingSummary(currencyCode: currencyCode,
                                    totalLineItemPartnerPrice: priced.reduce(Decimal(0), +))]
    }

    /// The order as a read with `fetch-price=true` sends it: a complete order with its
    /// prices from the price list; any other order, as Adobe does, without.
    func wire(priced: Bool) -> Wire {
        guard priced, status == AdobeStatus.complete else { return wire }
        var copy = self
        for index in copy.lineItems.indices where copy.lineItems[index].partnerPrice == nil {
            copy.lineItems[index].partnerPrice = AdobeSeed.offers.first { $0.offerId == copy.lineItems[index].offerId }?
                .partnerPrice
        }
        return copy.wire
    }

    /// The order as sent without prices (a preview carries the ones it was asked for).
    var wire: Wire {
        let selfLink = Wire.Link(uri: orderId.isEmpty ? "" : "/v3/customers/\(customerId)/orders/\(orderId)",
                                 method: "GET", headers: [])
        return Wire(externalReferenceId: externalReferenceId, orderId: orderId, customerId: customerId,
                    orderType: orderType.rawValue, referenceOrderId: referenceOrderId, currencyCode: currencyCode,
                    creationDate: creationDate, status: status, source: source, lineItems: lineItems.map(\.wire),
                    pricingSummary: pricingSummary, links: Wire.Links(selfLink: selfLink))
    }

    struct Wire: Encodable {
        struct Link: Encodable {
            var uri: String
            var method: String
            var headers: [String]

            enum CodingKeys: String, CodingKey { case uri, method, headers }
        }

        struct Links: Encodable {
            var selfLink: Link
            enum CodingKeys: String, CodingKey { case selfLink = "self" }
        }

        /// The reference spells the order's pricing total two ways: `totalLineItemPartnerPrice`
        /// (with a line's `lineItemPartnerPrice`) where orders are read, previewed and invoiced
        /// (`order-management/get-order.md`, `order-scenarios.md`, `invoice.md`), which is what
        /// this sandbox sends; `totalLineItemPrice` (and `lineItemPrice`) in the resource table
        /// (`references/resources.md`) and the switch-order samples, which a varied answer sends
        /// instead (`AlternateSpellings`).
        static let otherSpellings = ["totalLineItemPartnerPrice": "totalLineItemPrice",
                                     "lineItemPartnerPrice": "lineItemPrice"]

        struct PricingSummary: Encodable, Sendable {
            var currencyCode: String
            var totalLineItemPartnerPrice: Decimal

            enum CodingKeys: String, CodingKey { case currencyCode, totalLineItemPartnerPrice }
        }

        var externalReferenceId: String
        var orderId: String
        var customerId: String
        var orderType: String
        var referenceOrderId: String
        var currencyCode: String
        var creationDate: Date
        var status: String
        var source: String
        var lineItems: [AdobeLineItem.Wire]
        var pricingSummary: [PricingSummary]?
        var links: Links

        enum CodingKeys: String, CodingKey {
            case externalReferenceId, orderId, customerId, orderType, referenceOrderId, currencyCode
            case creationDate, status, source, lineItems, pricingSummary, links
        }
    }
}

/// A pending order's next step is settling into its outcome.
extension AdobeOrder: BookOrder {
    var id: String { orderId }
    var createdAt: Date { creationDate }
    var nextStepAt: Date? { status == AdobeStatus.pending ? settlesAt : nil }
}
