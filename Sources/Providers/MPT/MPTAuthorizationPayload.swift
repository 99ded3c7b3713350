/// An authorization of the buyer's catalog (`GET /catalog/authorizations`): the right to sell
/// one product, which a Purchase names beside that product.
struct MPTAuthorizationPayload: Decodable {
    var id: String
    var name: String?
    var product: MPTReferencePayload?

    enum CodingKeys: String, CodingKey { case id, name, product }

    /// How a person tells it apart in a list: its name and its product's.
    var label: String {
        [name ?? id, product.map { $0.name ?? $0.id }].compactMap { $0 }.joined(separator: ", ")
    }

    /// Its id with what it sells, for a message that asks to choose one.
    var described: String { "\(id): \(label)" }
}
