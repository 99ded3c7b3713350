/// An authorization of the buyer's catalog: the right to sell one product, in one currency.
/// A Purchase names it beside the product (`authorization{id}`, `agreement.product{id}`).
struct MPTAuthorization: Encodable, Sendable {
    var id: String
    var name: String
    var product: MPTReference
    var currency: String

    enum CodingKeys: String, CodingKey { case id, href, name, product, currency }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode("/catalog/authorizations/\(id)", forKey: .href)
        try container.encode(name, forKey: .name)
        try container.encode(product, forKey: .product)
        try container.encode(currency, forKey: .currency)
    }
}
