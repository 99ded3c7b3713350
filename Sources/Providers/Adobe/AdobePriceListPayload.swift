import Foundation

/// The answer of `POST /v3/pricelist`: offers with partner prices.
struct AdobePriceListPayload: Decodable {
    struct Offer: Decodable {
        var offerId: String
        var productFamily: String?
        var partnerPrice: Decimal?
        var currencyCode: String?
        var term: String?

        enum CodingKeys: String, CodingKey { case offerId, productFamily, partnerPrice, currencyCode, term }
    }

    var currency: String?
    var offers: [Offer]

    enum CodingKeys: String, CodingKey { case currency, offers }
}
