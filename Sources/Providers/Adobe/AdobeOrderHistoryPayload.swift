/// One page of `GET /v3/customers/{customerId}/orders`.
struct AdobeOrderHistoryPayload: Decodable {
    struct Links: Decodable {
        var selfLink: AdobeLinkPayload?
        var next: AdobeLinkPayload?
        var prev: AdobeLinkPayload?

        enum CodingKeys: String, CodingKey { case selfLink = "self", next, prev }
    }

    var totalCount: Int
    var count: Int
    var offset: Int
    var limit: Int
    var items: [AdobeOrderPayload]
    var links: Links?

    enum CodingKeys: String, CodingKey { case totalCount, count, offset, limit, items, links }
}
