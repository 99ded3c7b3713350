/// The body of `POST /orders/operation`: the order, one of its items with the same offer
/// and form data it was added with, and the operation taken from the order's `Operations`.
struct AppxiteOperationRequest: Encodable {
    var orderID: String
    var offerID: String
    var itemID: String
    var formData: AppxiteFormData
    var operations: [String]

    enum CodingKeys: String, CodingKey {
        case orderID = "OrderId", offerID = "OfferId", itemID = "OrderItemId", formData = "FormData"
        case operations = "Operations"
    }

    init(operation: String, order: AppxiteOrderPayload, item: AppxiteItemPayload) {
        orderID = order.id
        offerID = item.offerID
        itemID = item.id
        formData = item.formData
        operations = [operation]
    }
}
