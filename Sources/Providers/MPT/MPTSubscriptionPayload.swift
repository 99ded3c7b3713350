/// A subscription (`GET /commerce/subscriptions?select=+lines`): the status is its own, the
/// item and quantity are on its lines.
struct MPTSubscriptionPayload: Decodable {
    struct Line: Decodable {
        var id: String?
        var item: MPTReferencePayload?
        var quantity: Int?

        enum CodingKeys: String, CodingKey { case id, item, quantity }

        /// The quantity may arrive as text; one that is no whole number fails the line.
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decodeIfPresent(String.self, forKey: .id)
            item = try container.decodeIfPresent(MPTReferencePayload.self, forKey: .item)
            quantity = try MPTNumber.int(container, .quantity)
        }
    }

    var id: String
    var name: String?
    var status: String?
    var agreement: MPTReferencePayload?
    var lines: [Line]?

    enum CodingKeys: String, CodingKey { case id, name, status, agreement, lines }
}
