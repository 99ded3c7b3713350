import Foundation

/// One offer of the sandbox price list, as `POST /v3/pricelist` sends it.
struct AdobeOffer: Encodable, Sendable {
    var offerId: String
    var productFamily: String
    var productType: String
    var partnerPrice: Decimal
    var currencyCode: String
    /// How long one unit runs ("ANNUAL").
    var term: String

    enum CodingKeys: String, CodingKey {
        case offerId, productFamily, productType, partnerPrice, currencyCode, term
    }
}
