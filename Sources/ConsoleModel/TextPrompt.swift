import OrderKit

/// Asks for a line of free text: a customer name for providers without a customer list, an
/// offer id for accounts without a catalog.
public struct TextPrompt: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case customerName
        /// The offer of a new cart line, typed from the portal (`LineFormSource.templates`).
        case offerID(cartID: String)
    }

    public static let maximumLength = 120

    public var purpose: Purpose
    public var title: String
    public var question: String
    public var text: String = ""
    public var error: String?

    public init(purpose: Purpose, title: String, question: String, text: String = "") {
        self.purpose = purpose
        self.title = title
        self.question = question
        self.text = text
    }
}
