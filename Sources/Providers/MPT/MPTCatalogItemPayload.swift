import Foundation

/// An item of the buyer's catalog with its monthly unit sale price.
struct MPTCatalogItemPayload: Decodable {
    struct Price: Decodable {
        var unitSP: Decimal?
        var currency: String?
        enum CodingKeys: String, CodingKey { case unitSP, currency }
    }

    var id: String
    var name: String
    var price: Price?

    enum CodingKeys: String, CodingKey { case id, name, price }
}
