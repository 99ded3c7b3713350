import Foundation

/// An order item as stored by the sandbox and sent on the wire.
struct WhiteLabelItem: Encodable, Sendable {
    var id: Int
    var orderID: Int
    var productID: String
    var productName: String
    var quantity: Int
    var unitPrice: Decimal
    var currency: String
    var status: String
    var characteristics: [WhiteLabelField]

    enum CodingKeys: String, CodingKey {
        case id = "Id", orderID = "OrderId", productID = "ProductId", productName = "ProductName"
        case quantity = "Quantity", unitPrice = "UnitPrice", currency = "Currency", status = "Status"
    }
}
