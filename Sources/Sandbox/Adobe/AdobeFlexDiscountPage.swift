/// One page of `GET /v3/flex-discounts`: `{limit, offset, count, totalCount, flexDiscounts,
/// links}`, with `next` and `prev` only where such a page exists.
struct AdobeFlexDiscountPage: Encodable {
    struct Links: Encodable {
        var selfLink: AdobeOrder.Wire.Link
        var next: AdobeOrder.Wire.Link?
        var prev: AdobeOrder.Wire.Link?

        enum CodingKeys: String, CodingKey { case selfLink = "self", next, prev }
    }

    var limit: Int
    var offset: Int
    var count: Int
    var totalCount: Int
    var flexDiscounts: [AdobeFlexDiscount]
    var links: Links

    enum CodingKeys: String, CodingKey { case limit, offset, count, totalCount, flexDiscounts, links }

    init(matching: [AdobeFlexDiscount], query: AdobeFlexDiscountQuery) {
        let window = query.window
        limit = window.limit
        offset = window.offset
        flexDiscounts = Array(matching.dropFirst(window.offset).prefix(window.limit))
        count = flexDiscounts.count
        totalCount = matching.count
        let link = { (offset: Int) in AdobeOrder.Wire.Link(uri: query.uri(offset: offset), method: "GET", headers: []) }
        links = Links(selfLink: link(window.offset),
                      next: window.offset + window.limit < matching.count ? link(window.offset + window.limit) : nil,
                      prev: window.offset > 0 ? link(max(0, window.offset - window.limit)) : nil)
    }
}
