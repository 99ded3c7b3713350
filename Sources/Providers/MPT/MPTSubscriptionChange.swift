/// One line of a Change order: a subscription and the quantity it should have.
public struct MPTSubscriptionChange: Sendable, Hashable {
    public var subscriptionID: String
    public var quantity: Int

    public init(subscriptionID: String, quantity: Int) {
        self.subscriptionID = subscriptionID
        self.quantity = quantity
    }
}
