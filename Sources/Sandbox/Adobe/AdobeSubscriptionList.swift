/// `GET /v3/customers/{customerId}/subscriptions`: every subscription at once
/// (`{totalCount, items, links}`); the reference has no paging or filters here.
struct AdobeSubscriptionList: Encodable {
    var totalCount: Int
    var items: [AdobeSubscription.Wire]
    var links: AdobeOrder.Wire.Links

    enum CodingKeys: String, CodingKey { case totalCount, items, links }

    init(customerID: String, items: [AdobeSubscription.Wire]) {
        totalCount = items.count
        self.items = items
        links = .init(selfLink: .init(uri: "/v3/customers/\(customerID)/subscriptions", method: "GET", headers: []))
    }
}
