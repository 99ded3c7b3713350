import Foundation

/// One page of the answer of `POST /v3/pricelist`, in the reference's shape: the list's
/// month, segment, region, currency and type, the page counts, and the offers with
/// `partnerPrice` as text; `productType` and `duration` only when the request named them
/// in `includeOfferAttributes`, as Adobe leaves out attributes not asked for.
struct AdobePriceList: Encodable {
    struct Entry: Encodable {
        var offerId: String
        var productFamily: String
        var partnerPrice: String
        var productType: String?
        var duration: String?

        enum CodingKeys: String, CodingKey { case offerId, productFamily, partnerPrice, productType, duration }
    }

    var priceListMonth: String
    var marketSegment: String
    var region: String
    var currency: String
    var priceListType: String
    var totalCount: Int
    var count: Int
    var limit: Int
    var offset: Int
    var offers: [Entry]

    enum CodingKeys: String, CodingKey {
        case priceListMonth, marketSegment, region, currency, priceListType, totalCount, count, limit, offset, offers
    }

    init(request: AdobePriceListRequest, offers: [AdobeOffer]) {
        priceListMonth = request.month
        marketSegment = request.marketSegment
        region = request.region
        currency = request.currency
        priceListType = request.priceListType
        totalCount = offers.count
        let page = offers.dropFirst(request.window.offset).prefix(request.window.limit)
        count = page.count
        limit = request.window.limit
        offset = request.window.offset
        self.offers = page.map { offer in
            Entry(offerId: offer.offerId, productFamily: offer.productFamily, partnerPrice: "\(offer.partnerPrice)",
                  productType: request.attributes.contains("productType") ? offer.productType : nil,
                  duration: request.attributes.contains("duration") ? offer.duration : nil)
        }
    }
}
