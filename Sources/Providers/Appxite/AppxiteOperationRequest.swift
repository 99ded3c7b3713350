import Foundation
import OrderKit

/// The body of `POST /orders/operation`: the order, one of its items with the same offer
/// and form data it was added with, and the operation taken from the order's `Operations`.
struct AppxiteOperationRequest: Encodable {
    var orderID: String
    var offerID: String
    var itemID: String
    var formData: AppxiteFormData
    var operations: [String]
    /// When a `schedule_order` places the order (the sandbox's name for the date).
    var scheduledFor: Date?

    enum CodingKeys: String, CodingKey {
        case orderID = "OrderId", offerID = "OfferId", itemID = "OrderItemId", formData = "FormData"
        case operations = "Operations", scheduledFor = "ScheduledFor"
    }

    /// `formData` replaces the item's own only for `update`; every other operation must send
    /// the form data the item was added with, so an item whose form data could not be read
    /// is refused here rather than sent with a made-up form.
    init(operation: String, order: AppxiteOrderPayload, item: AppxiteItemPayload, formData: AppxiteFormData? = nil,
         scheduledFor: Date? = nil) throws {
        guard let form = formData ?? item.formData else {
            throw OrderError.malformedResponse(detail: "order \(order.id) item \(item.id): its FormData could not be read, so \(operation) cannot send it back; refresh the order or use the portal")
        }
        orderID = order.id
        offerID = item.offerID
        itemID = item.id
        self.formData = form
        operations = [operation]
        self.scheduledFor = scheduledFor
    }
}
