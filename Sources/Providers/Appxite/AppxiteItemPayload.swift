import Foundation

/// An order item as the Appxite API sends it; `id` is the client-generated order item id.
struct AppxiteItemPayload: Decodable {
    var id: String
    var offerID: String
    var offerName: String?
    var quantity: Int
    var unitPrice: Decimal?
    var formData: AppxiteFormData
    var status: String
    /// The subscription a provisioned item runs, and whether cancelling disabled it.
    var subscriptionID: String?
    var subscriptionStatus: String?

    enum CodingKeys: String, CodingKey {
        case id = "OrderItemId", offerID = "OfferId", offerName = "OfferName", quantity = "Quantity"
        case unitPrice = "UnitPrice", formData = "FormData", status = "Status"
        case subscriptionID = "SubscriptionId", subscriptionStatus = "SubscriptionStatus"
    }
}
