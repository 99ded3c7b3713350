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
    /// What is typed, with its cursor.
    public var editor: EditableText
    public var error: String?

    public var text: String { editor.text }

    public init(purpose: Purpose, title: String, question: String, text: String = "") {
        self.purpose = purpose
        self.title = title
        self.question = question
        editor = EditableText(text)
    }
}
