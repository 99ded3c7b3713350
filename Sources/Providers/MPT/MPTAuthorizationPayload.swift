/// An authorization of the buyer's catalog (`GET /catalog/authorizations`): the right to sell
/// one product, which a Purchase names beside that product.
struct MPTAuthorizationPayload: Decodable {
    var id: String
    var name: String?
    var product: MPTReferencePayload?

    enum CodingKeys: String, CodingKey { case id, name, product }
}
