import Foundation

/// The answer of the `create_quote` operation.
struct AppxiteQuotePayload: Decodable {
    var currency: String
    var total: Decimal
    var lines: [Line]

    enum CodingKeys: String, CodingKey { case currency = "Currency", total = "Total", lines = "Lines" }

    struct Line: Decodable {
        var offerID: String
        var offerName: String?
        var quantity: Int
        var unitPrice: Decimal
        var total: Decimal

        enum CodingKeys: String, CodingKey {
            case offerID = "OfferId", offerName = "OfferName", quantity = "Quantity", unitPrice = "UnitPrice"
            case total = "Total"
        }
    }
}
