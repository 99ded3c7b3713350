/// An item of the buyer's catalog. The reference's items carry no price (price lists do);
/// the sandbox sends the buyer's unit sale price on them, read where present.
struct MPTCatalogItemPayload: Decodable {
    var id: String
    var name: String
    var price: MPTPricePayload?

    enum CodingKeys: String, CodingKey { case id, name, price }
}
