/// The body of `POST /orders/`: one item added to the cart. `orderID` (beyond the document)
/// adds it to an existing cart order, so that a multi-line cart is one order.
struct AppxiteCartAddition: Encodable {
    var orderID: String?
    var offerID: String
    var itemID: String
    var formData: AppxiteFormData

    enum CodingKeys: String, CodingKey {
        case orderID = "OrderId", offerID = "OfferId", itemID = "OrderItemId", formData = "FormData"
    }
}
