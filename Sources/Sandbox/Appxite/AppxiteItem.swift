import Foundation

/// An order item as stored by the sandbox and sent on the wire; its id is the one the
/// client generated when adding it to the cart.
struct AppxiteItem: Encodable, Sendable {
    var id: String
    var offerID: String
    var offerName: String
    var quantity: Int
    var unitPrice: Decimal
    var pricingFrequency: String
    var formData: [String: AppxiteFormValue]
    var status: String
    /// The subscription a finished item runs; cancelling disables it and deletes nothing.
    var subscriptionID: String?
    var subscriptionStatus: String?

    enum CodingKeys: String, CodingKey {
        case id = "OrderItemId", offerID = "OfferId", offerName = "OfferName", quantity = "Quantity"
        case unitPrice = "UnitPrice", pricingFrequency = "PricingFrequency", formData = "FormData"
        case status = "Status", subscriptionID = "SubscriptionId", subscriptionStatus = "SubscriptionStatus"
    }

    /// Finishing provisioning gives the item a running subscription.
    mutating func finish(succeeded: Bool) {
        guard status != AppxiteStatus.cancelled else { return }
        status = succeeded ? AppxiteStatus.provisionFinished : AppxiteStatus.provisionFailed
        if succeeded {
            subscriptionID = "SUB-" + id
            subscriptionStatus = "active"
        }
    }
}
