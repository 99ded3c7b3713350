/// The answer of `POST /v3/pricelist`: the offers of one currency with partner prices.
struct AdobePriceList: Encodable {
    var currency: String
    var totalCount: Int
    var offers: [AdobeOffer]

    enum CodingKeys: String, CodingKey { case currency, totalCount, offers }

    init(currency: String, offers: [AdobeOffer]) {
        self.currency = currency
        totalCount = offers.count
        self.offers = offers
    }
}
