import Foundation

/// One line of an order, with its own raw status and phase (items provision separately).
public struct OrderItem: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var offerID: String
    public var name: String
    public var quantity: Int
    public var unitPrice: Money?
    public var status: String
    public var phase: Phase
    /// On a Change or Termination line, the quantity before it (MPT `oldQuantity`): the
    /// line is then shown as "×5 → ×8", or as ending the subscription when it goes to 0.
    public var previousQuantity: Int?
    /// The provider's subscription this line created or changes, once it names one (an MPT
    /// order line's `subscription` after completion): what the buyer then manages.
    public var subscriptionID: String?

    public init(id: String, offerID: String, name: String, quantity: Int,
                unitPrice: Money?, status: String, phase: Phase, previousQuantity: Int? = nil,
                subscriptionID: String? = nil) {
        self.id = id
        self.offerID = offerID
        self.name = name
        self.quantity = quantity
        self.unitPrice = unitPrice
        self.status = status
        self.phase = phase
        self.previousQuantity = previousQuantity
        self.subscriptionID = subscriptionID
    }

    /// Unit price times quantity, when the price is known.
    public var lineTotal: Money? {
        unitPrice.map { $0 * quantity }
    }
}
