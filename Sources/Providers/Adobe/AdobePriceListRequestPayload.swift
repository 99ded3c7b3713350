/// The body of `POST /v3/pricelist`: which price list (the partner's region, the customer's
/// market segment, the standard list in one currency, of one month), with the offer's term
/// (`duration`) asked for, since Adobe leaves it out unless named.
struct AdobePriceListRequestPayload: Encodable {
    static let standard = "STANDARD"
    static let offerAttributes = ["duration"]

    var region: String
    var marketSegment: String
    var priceListType = standard
    var currency: String
    /// `YYYYMM`; Adobe requires it.
    var priceListMonth: String
    var includeOfferAttributes = offerAttributes

    enum CodingKeys: String, CodingKey {
        case region, marketSegment, priceListType, currency, priceListMonth, includeOfferAttributes
    }
}
