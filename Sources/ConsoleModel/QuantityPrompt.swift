import OrderKit

/// Asks how many of the chosen offer to add.
public struct QuantityPrompt: Sendable, Equatable {
    public static let maximum = 100_000

    public var offer: Offer
    public var text: String = "1"
    public var error: String?

    public init(offer: Offer) {
        self.offer = offer
    }

    /// The typed quantity, or nil with `error` explaining why it is not one.
    public var quantity: Int? {
        guard let value = Int(text), value >= 1, value <= Self.maximum else { return nil }
        return value
    }
}
