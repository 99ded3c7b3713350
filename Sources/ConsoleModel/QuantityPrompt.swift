import OrderKit

/// Asks how many of the chosen offer to add.
public struct QuantityPrompt: Sendable, Equatable {
    public static let maximum = 100_000

    public var offer: Offer
    /// What is typed, with its cursor.
    public var editor = EditableText("1")
    public var error: String?

    public var text: String { editor.text }

    public init(offer: Offer) {
        self.offer = offer
    }

    /// What a quantity must be, as the problem under a field says it.
    public static let rule = "a whole number from 1 to \(maximum)"

    /// The typed quantity, or nil with `error` explaining why it is not one.
    public var quantity: Int? { Self.parse(text) }

    /// The one reading of a typed quantity, for this prompt and every line form: digits
    /// only, from 1 to `maximum`. Twenty digits or `1.5` are nil, never a trap or a 1.
    public static func parse(_ text: String) -> Int? {
        guard let value = Int(text), (1...maximum).contains(value) else { return nil }
        return value
    }
}
