/// What the vendor sends to create or change a subscription of a processing order
/// (`/commerce/orders/{id}/subscriptions`): its name and the order lines it serves, named by
/// id. The rest of the official client's body (terms, dates, `autoRenew`, parameters) is
/// read past: the sandbox takes the item and quantity from the lines.
struct MPTSubscriptionBody: Decodable, Sendable {
    struct Line: Decodable, Sendable {
        var id: String?

        enum CodingKeys: String, CodingKey { case id }
    }

    var name: String?
    var lines: [Line]?

    enum CodingKeys: String, CodingKey { case name, lines }
}
