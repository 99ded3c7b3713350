/// One line of a Change or Termination order: a subscription, its item, and the quantity it
/// should have against the quantity the buyer saw (`oldQuantity`; the Marketplace refuses
/// a change decided on a quantity that has changed since).
public struct MPTSubscriptionChange: Sendable, Hashable {
    public var subscriptionID: String
    public var quantity: Int
    public var oldQuantity: Int?
    public var itemID: String?

    public init(subscriptionID: String, quantity: Int, oldQuantity: Int? = nil, itemID: String? = nil) {
        self.subscriptionID = subscriptionID
        self.quantity = quantity
        self.oldQuantity = oldQuantity
        self.itemID = itemID
    }

    /// The line that changes `subscription` to `quantity` (0 ends it).
    public init(_ subscription: MPTAgreement.Subscription, to quantity: Int) {
        self.init(subscriptionID: subscription.id, quantity: quantity, oldQuantity: subscription.quantity,
                  itemID: subscription.itemID.isEmpty ? nil : subscription.itemID)
    }

    var line: MPTOrderRequest.Line {
        MPTOrderRequest.Line(item: itemID.map { MPTReferencePayload(id: $0) }, quantity: quantity,
                             oldQuantity: oldQuantity, subscription: MPTReferencePayload(id: subscriptionID))
    }
}
