import Foundation

/// The body of `POST /orders/operation`: the order, one of its items with the offer and
/// form data it was added with, and one operation the order currently allows.
/// `ScheduledFor` is the sandbox's name for the date `schedule_order` needs.
struct AppxiteOperationCall: Decodable {
    var orderID: String?
    var offerID: String?
    var itemID: String?
    var formData: [String: AppxiteFormValue]?
    var operations: [String]?
    var scheduledFor: Date?

    enum CodingKeys: String, CodingKey {
        case orderID = "OrderId", offerID = "OfferId", itemID = "OrderItemId", formData = "FormData"
        case operations = "Operations", scheduledFor = "ScheduledFor"
    }
}
