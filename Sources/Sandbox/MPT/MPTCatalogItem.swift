import Foundation

/// An item of the buyer's catalog. It encodes as the reference's item, without a price
/// (price lists hold prices); the sandbox keeps the unit purchase and sale prices of its
/// one price list here to price order lines.
struct MPTCatalogItem: Encodable, Sendable {
    var id: String
    var name: String
    var unitPP: Decimal
    var unitSP: Decimal
    var currency: String

    enum CodingKeys: String, CodingKey { case id, href, name }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode("/catalog/items/\(id)", forKey: .href)
        try container.encode(name, forKey: .name)
    }
}
