/// An item of the buyer's catalog. The reference's items carry no price (price lists do);
/// a price is read only where an answer sends one.
struct MPTCatalogItemPayload: Decodable {
    var id: String
    var name: String
    var price: MPTPricePayload?

    enum CodingKeys: String, CodingKey { case id, name, price }
}
