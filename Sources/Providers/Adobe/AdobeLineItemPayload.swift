import Foundation

/// A line of an order as Adobe sends it; `pricing` only when fetched with prices. Read
/// leniently (see `AdobeOrderPayload`).
struct AdobeLineItemPayload: Decodable {
    struct Pricing {
        var partnerPrice: Decimal?
        /// The line's prorated price, `lineItemPartnerPrice` or `lineItemPrice` on the wire.
        var lineItemPartnerPrice: Decimal?
    }

    var extLineItemNumber: Int
    var offerId: String
    var quantity: Int
    /// How many units a RETURN may still take back (NEW and RENEWAL lines; without it, a
    /// line not yet returned has its whole quantity left).
    var remainingQuantity: Int?
    var subscriptionId: String?
    var status: String?
    var currencyCode: String?
    var deploymentId: String?
    var discountCode: String?
    var pricing: Pricing?

    init(from decoder: any Decoder) throws {
        guard var object = TolerantObject(try JSONValue(from: decoder), matching: .exact),
              let line = AdobeLineItemPayload(reading: &object) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "a line needs extLineItemNumber and offerId"))
        }
        self = line
    }

    /// The line, or nil without the `extLineItemNumber` and `offerId` a return names it by.
    init?(reading object: inout TolerantObject) {
        guard let number = object.int("extLineItemNumber"), let offer = object.id("offerId") else { return nil }
        extLineItemNumber = number
        offerId = offer
        quantity = object.int("quantity") ?? 0
        remainingQuantity = object.int("remainingQuantity")
        subscriptionId = object.string("subscriptionId")
        status = object.string("status")
        currencyCode = object.string("currencyCode")
        deploymentId = object.string("deploymentId")
        discountCode = object.string("discountCode")
        pricing = object.nested("pricing") { pricing in
            Pricing(partnerPrice: pricing.decimal("partnerPrice"), lineItemPartnerPrice: AdobeMapping.lineTotal(&pricing))
        }
    }

    /// What a RETURN may still take back: none once the line is returned (1008).
    var returnable: Int {
        status == "1008" ? 0 : remainingQuantity ?? quantity
    }
}
