import Foundation

/// An order as Adobe sends it (seed 002's response body). A preview has an empty
/// `orderId` and `status`, and `pricingSummary` when fetched with prices.
struct AdobeOrderPayload: Decodable {
    struct PricingSummary: Decodable {
        var currencyCode: String
        var totalLineItemPartnerPrice: Decimal

        enum CodingKeys: String, CodingKey { case currencyCode, totalLineItemPartnerPrice }
    }

    struct Links: Decodable {
        var selfLink: AdobeLinkPayload?
        enum CodingKeys: String, CodingKey { case selfLink = "self" }
    }

    var externalReferenceId: String?
    var orderId: String
    var customerId: String?
    var orderType: String
    var referenceOrderId: String?
    var currencyCode: String?
    var creationDate: Date?
    var status: String
    var source: String?
    var lineItems: [AdobeLineItemPayload]
    var pricingSummary: [PricingSummary]?
    var links: Links?

    enum CodingKeys: String, CodingKey {
        case externalReferenceId, orderId, customerId, orderType, referenceOrderId, currencyCode, creationDate
        case status, source, lineItems, pricingSummary, links
    }
}
