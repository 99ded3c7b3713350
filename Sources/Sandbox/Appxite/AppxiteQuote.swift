import Foundation

/// The answer of the `create_quote` operation: the cart order priced, nothing placed.
struct AppxiteQuote: Encodable {
    var orderID: String
    var currency: String
    var total: Decimal
    var lines: [Line]

    enum CodingKeys: String, CodingKey {
        case orderID = "OrderId", currency = "Currency", total = "Total", lines = "Lines"
    }

    struct Line: Encodable {
        var itemID: String
        var offerID: String
        var offerName: String
        var quantity: Int
        var unitPrice: Decimal
        var total: Decimal

        enum CodingKeys: String, CodingKey {
            case itemID = "OrderItemId", offerID = "OfferId", offerName = "OfferName", quantity = "Quantity"
            case unitPrice = "UnitPrice", total = "Total"
        }
    }

    init(order: AppxiteOrder) {
        orderID = order.id
        currency = order.currency
        total = order.total
        lines = order.items.map {
            Line(itemID: $0.id, offerID: $0.offerID, offerName: $0.offerName, quantity: $0.quantity,
                 unitPrice: $0.unitPrice, total: $0.unitPrice * Decimal($0.quantity))
        }
    }
}
