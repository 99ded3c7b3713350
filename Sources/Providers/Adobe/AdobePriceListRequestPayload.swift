/// The body of `POST /v3/pricelist`: which price list (commercial, standard, one currency).
struct AdobePriceListRequestPayload: Encodable {
    var region: String
    var marketSegment: String
    var priceListType: String
    var currency: String

    enum CodingKeys: String, CodingKey { case region, marketSegment, priceListType, currency }
}
