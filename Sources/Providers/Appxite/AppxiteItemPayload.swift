import Foundation

/// An order item as the Appxite API sends it; `id` is the client-generated order item id.
struct AppxiteItemPayload {
    var id: String
    var offerID: String
    var offerName: String?
    var quantity: Int
    var unitPrice: Decimal?
    /// Nil when the answer's `FormData` could not be read: the item is shown, but operations
    /// that must send its form data back are refused.
    var formData: AppxiteFormData?
    var status: String
    /// The subscription a provisioned item runs, and whether cancelling disabled it.
    var subscriptionID: String?
    var subscriptionStatus: String?
}
