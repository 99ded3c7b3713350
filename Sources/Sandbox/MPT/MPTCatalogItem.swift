import Foundation

/// An item of the buyer's catalog with the monthly unit purchase price of its price list.
struct MPTCatalogItem: Encodable, Sendable {
    var id: String
    var name: String
    var unitPP: Decimal
    var unitSP: Decimal
    var currency: String

    enum CodingKeys: String, CodingKey { case id, name, price }

    private enum PriceKeys: String, CodingKey { case unitPP, unitSP, currency }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        var price = container.nestedContainer(keyedBy: PriceKeys.self, forKey: .price)
        try price.encode(unitPP, forKey: .unitPP)
        try price.encode(unitSP, forKey: .unitSP)
        try price.encode(currency, forKey: .currency)
    }
}
