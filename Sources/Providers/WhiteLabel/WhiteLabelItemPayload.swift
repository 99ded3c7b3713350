import Foundation

/// An order item as the whitelabel API sends it.
struct WhiteLabelItemPayload: Decodable {
    var id: Int
    var productID: String
    var productName: String?
    var quantity: Int
    var unitPrice: Decimal?
    var currency: String?
    var status: String?

    enum CodingKeys: String, CodingKey {
        case id = "Id", productID = "ProductId", productName = "ProductName", quantity = "Quantity"
        case unitPrice = "UnitPrice", currency = "Currency", status = "Status"
    }
}
