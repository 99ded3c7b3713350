/// An agreement (`GET /commerce/agreements?select=+subscriptions`): its subscriptions are
/// references `{id, name}`; their status, item and quantity come from
/// `GET /commerce/subscriptions`.
struct MPTAgreementPayload: Decodable {
    var id: String
    var name: String?
    var status: String?
    var licensee: MPTReferencePayload?
    var subscriptions: [MPTReferencePayload]?

    enum CodingKeys: String, CodingKey { case id, name, status, licensee, subscriptions }
}
