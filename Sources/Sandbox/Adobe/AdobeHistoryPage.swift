/// One page of order history in Adobe's envelope
/// `{totalCount, count, offset, limit, items, links{self, next, prev}}`.
struct AdobeHistoryPage: Encodable {
    struct Link: Encodable {
        var uri: String
        var method = "GET"
        var headers: [String] = []

        enum CodingKeys: String, CodingKey { case uri, method, headers }
    }

    struct Links: Encodable {
        var selfLink: Link
        var next: Link?
        var prev: Link?

        enum CodingKeys: String, CodingKey { case selfLink = "self", next, prev }
    }

    var totalCount: Int
    var count: Int
    var offset: Int
    var limit: Int
    var items: [AdobeOrder.Wire]
    var links: Links

    enum CodingKeys: String, CodingKey { case totalCount, count, offset, limit, items, links }

    /// The page of `matching` (already newest first) that `query` asks for.
    init(matching: [AdobeOrder], query: AdobeHistoryQuery, customerID: String) {
        let page = matching.dropFirst(query.window.offset).prefix(query.window.limit)
        totalCount = matching.count
        count = page.count
        offset = query.window.offset
        limit = query.window.limit
        items = page.map { $0.wire(priced: query.fetchPrice) }
        let nextOffset = query.window.offset + query.window.limit
        links = Links(
            selfLink: Link(uri: query.uri(customerID: customerID, offset: query.window.offset)),
            next: nextOffset < matching.count ? Link(uri: query.uri(customerID: customerID, offset: nextOffset)) : nil,
            prev: query.window.offset > 0
                ? Link(uri: query.uri(customerID: customerID, offset: max(0, query.window.offset - query.window.limit))) : nil)
    }
}
