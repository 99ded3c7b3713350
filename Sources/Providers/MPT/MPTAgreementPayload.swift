/// An agreement with its subscriptions (`GET /commerce/agreements`).
struct MPTAgreementPayload: Decodable {
    struct Subscription: Decodable {
        var id: String
        var item: MPTReferencePayload?
        var quantity: Int?
        var status: String?
        enum CodingKeys: String, CodingKey { case id, item, quantity, status }
    }

    var id: String
    var name: String?
    var status: String?
    var licensee: MPTReferencePayload?
    var subscriptions: [Subscription]?

    enum CodingKeys: String, CodingKey { case id, name, status, licensee, subscriptions }
}
