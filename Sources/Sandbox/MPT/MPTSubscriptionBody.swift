/// What the vendor sends to create or change a subscription: on a processing order
/// (`/commerce/orders/{id}/subscriptions`) its lines name the order's lines by id; on an
/// agreement (`/commerce/subscriptions`) they name the item and quantity. The rest of the
/// official client's body (terms, dates, `autoRenew`, prices, parameters) is read past.
struct MPTSubscriptionBody: Decodable, Sendable {
    struct Line: Decodable, Sendable {
        var id: String?
        var item: MPTReference?
        var quantity: Int?

        enum CodingKeys: String, CodingKey { case id, item, quantity }
    }

    var name: String?
    var agreement: MPTReference?
    var lines: [Line]?

    enum CodingKeys: String, CodingKey { case name, agreement, lines }
}
